using System.Buffers;

namespace Connectors.MyCase.Http;

/// <summary>
/// A response body read whole into a buffer rented from <see cref="ArrayPool{T}.Shared"/>. A case page is checked
/// whole before any of its cases is handed on (<see cref="MyCaseCaseRecords"/>), so it must be in memory; one read
/// into one buffer, then one pass, is cheaper than System.Text.Json growing and re-scanning its own stream buffer, and
/// the pool keeps the ~1 MB buffers of successive pages off the large-object heap.
/// </summary>
internal readonly struct PooledBody
{
    private const int FirstSize = 64 * 1024;

    // A declared length is a hint, never trusted further than this: a wrong or hostile header must not rent gigabytes.
    private const int LargestFirstSize = 4 * 1024 * 1024;

    private readonly byte[] _buffer;
    private readonly int _length;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, _length);

    /// <summary>Reads <paramref name="stream"/> to its end and disposes it; <paramref name="declared"/> sizes the first buffer.</summary>
    public static async Task<PooledBody> ReadAsync(Stream stream, long? declared, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 ? (int)Math.Min(declared.Value, LargestFirstSize) : FirstSize);
        var length = 0;
        try
        {
            await using (stream.ConfigureAwait(false))
            {
                int read;
                while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    length += read;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Return() => ArrayPool<byte>.Shared.Return(_buffer);
}
