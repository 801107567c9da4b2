using System.Net;
using System.Text;

namespace Connectors.TestSupport;

/// <summary>
/// A JSON answer that never ends in practice: <c>{"token":"aaaa...</c> streamed lazily up to <see cref="Length"/>
/// bytes (2 GB by default), optionally declaring that length in <c>Content-Length</c>. <see cref="BytesServed"/> says how
/// much a reader pulled, so a test can see the reader stopped early instead of holding it all in memory.
/// </summary>
internal sealed class HugeJsonContent : HttpContent
{
    private readonly bool _declareLength;
    private long _served;

    public HugeJsonContent(string tokenProperty = "token", long length = 2L * 1024 * 1024 * 1024, bool declareLength = false)
    {
        TokenProperty = tokenProperty;
        Length = length;
        _declareLength = declareLength;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
    }

    public string TokenProperty { get; }

    public long Length { get; }

    public long BytesServed => Interlocked.Read(ref _served);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult<Stream>(new Endless(this));

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var source = new Endless(this);
        await source.CopyToAsync(stream);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = Length;
        return _declareLength;
    }

    private sealed class Endless(HugeJsonContent owner) : Stream
    {
        private readonly byte[] _prefix = Encoding.ASCII.GetBytes($"{{\"{owner.TokenProperty}\":\"");
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => owner.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var left = owner.Length - _position;
            var n = (int)Math.Min(count, left);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < _prefix.Length ? _prefix[at] : (byte)'a';
            }

            _position += n;
            Interlocked.Add(ref owner._served, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
