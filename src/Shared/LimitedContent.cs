using System.Net;

namespace Connectors.Shared;

/// <summary>
/// An answer's content read through a <see cref="LimitedReadStream"/>: the same headers, the same bytes, but never more
/// than the limit, however it is read (as a stream, a string or a buffer).
/// </summary>
internal sealed class LimitedContent : HttpContent
{
    private readonly HttpContent _inner;
    private readonly long _limit;
    private readonly Func<Exception> _tooLarge;
    private LimitedReadStream? _stream;

    public LimitedContent(HttpContent inner, long limit, Func<Exception> tooLarge)
    {
        _inner = inner;
        _limit = limit;
        _tooLarge = tooLarge;
        foreach (var header in inner.Headers)
        {
            // A length past the limit is not passed on: a reader that sizes its buffer from it (HttpContent's own, for an
            // error body read as text) would allocate what the body declares before the limit stops the read.
            if (header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && inner.Headers.ContentLength > limit)
            {
                continue;
            }

            Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var body = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await body.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task<Stream> CreateContentReadStreamAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken).ConfigureAwait(false);

    protected override async Task<Stream> CreateContentReadStreamAsync() => await OpenAsync(CancellationToken.None).ConfigureAwait(false);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false; // the inner content's Content-Length header, if any, was copied
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stream?.Dispose();
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    // One stream for the content's life: a second read continues the count (and fails at once once it has tripped).
    private async Task<LimitedReadStream> OpenAsync(CancellationToken cancellationToken) =>
        _stream ??= new LimitedReadStream(await _inner.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), _limit, _tooLarge);
}
