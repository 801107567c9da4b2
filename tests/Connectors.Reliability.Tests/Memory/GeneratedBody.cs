using System.Net;
using System.Text;

namespace Connectors.Reliability.Tests.Memory;

/// <summary>
/// A response body generated as it is read, never held: a JSON prefix that opens a string, then filler bytes up to
/// <see cref="Length"/>. Nothing is buffered (not MockHttp's string content), so a client that reads it all is the only
/// thing that can spend memory on it. A tripwire stops a client that reads far past any sane cap, so a run before the
/// fix fails fast instead of filling the machine.
/// </summary>
public sealed class GeneratedBody : HttpContent
{
    /// <summary>Past this many bytes of one answer the client is reading without a cap: the read fails.</summary>
    public const long Tripwire = 64L * 1024 * 1024;

    private readonly byte[] _prefix;
    private readonly bool _declareLength;
    private long _served;

    /// <summary>Creates a body of <paramref name="length"/> bytes starting with <paramref name="prefix"/>.</summary>
    public GeneratedBody(string prefix, long length, bool declareLength)
    {
        _prefix = Encoding.UTF8.GetBytes(prefix);
        Length = length;
        _declareLength = declareLength;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    /// <summary>The body's length (declared in <c>Content-Length</c> or not).</summary>
    public long Length { get; }

    /// <summary>Bytes the client has read.</summary>
    public long Served => Interlocked.Read(ref _served);

    /// <summary>A 200 answer carrying a new body.</summary>
    public static HttpResponseMessage Answer(string prefix, long length, bool declareLength, List<GeneratedBody> served)
    {
        var body = new GeneratedBody(prefix, length, declareLength);
        lock (served)
        {
            served.Add(body);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = body };
    }

    /// <inheritdoc />
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => new Reader(this).CopyToAsync(stream);

    /// <inheritdoc />
    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new Reader(this));

    /// <inheritdoc />
    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return _declareLength;
    }

    private sealed class Reader(GeneratedBody body) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position >= body.Length || buffer.IsEmpty)
            {
                return 0;
            }

            if (_position >= Tripwire)
            {
                throw new InvalidOperationException($"The client read {_position} bytes of one answer: it has no cap.");
            }

            var count = (int)Math.Min(buffer.Length, body.Length - _position);
            var fromPrefix = (int)Math.Clamp(body._prefix.Length - _position, 0, count);
            body._prefix.AsSpan((int)Math.Min(_position, body._prefix.Length), fromPrefix).CopyTo(buffer);
            buffer[fromPrefix..count].Fill((byte)'A');

            _position += count;
            Interlocked.Add(ref body._served, count);
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
