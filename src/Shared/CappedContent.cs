using System.Buffers;

namespace Connectors.Shared;

/// <summary>
/// Reads a small answer (a token, an error body) into memory with a byte cap, so that a huge or endless body cannot
/// exhaust the process: a declared <c>Content-Length</c> over the cap is refused unread, and a body that grows past it
/// is abandoned at the first byte too many. Compiled into each connector that needs it (linked source).
/// </summary>
internal static class CappedContent
{
    /// <summary>
    /// The body's bytes, or null when it is (or says it is) longer than <paramref name="maxBytes"/>. Send the request with
    /// <see cref="HttpCompletionOption.ResponseHeadersRead"/>, or <see cref="HttpClient"/> buffers the whole body first.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (content.Headers.ContentLength is { } declared && declared > maxBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 16 * 1024));
            try
            {
                var length = 0;
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        // Still within the cap (checked after every read): grow, never past one byte over the cap.
                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return buffer.AsSpan(0, length).ToArray();
                    }

                    length += read;
                    if (length > maxBytes)
                    {
                        return null;
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }
}
