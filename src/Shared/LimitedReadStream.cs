namespace Connectors.Shared;

/// <summary>
/// Reads an answer's body and counts the bytes: past <c>limit</c> bytes (since the start, or since the last
/// <see cref="Restart"/>) the read throws the exception <c>tooLarge</c> makes, and every read after that throws it again,
/// so a caller that reads the rest of a refused body (Refit, for an exception's content) gets nothing more. A read never
/// asks the inner stream for more than one byte past the limit.
/// </summary>
internal sealed class LimitedReadStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
{
    private long _count;
    private bool _tripped;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Starts a new count: for a body read record by record, where the limit is one record's.</summary>
    public void Restart() => _count = 0;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer[..Allowed(buffer.Length)]));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private int Allowed(int requested)
    {
        if (_tripped)
        {
            throw tooLarge();
        }

        return requested == 0 ? 0 : (int)Math.Min(requested, limit - _count + 1);
    }

    private int Count(int read)
    {
        _count += read;
        if (_count > limit)
        {
            _tripped = true;
            throw tooLarge();
        }

        return read;
    }
}
