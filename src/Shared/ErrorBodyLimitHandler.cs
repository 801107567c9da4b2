using System.Net.Http.Headers;

namespace Connectors.Shared;

/// <summary>
/// Reads every error answer's body through <see cref="BoundedBody"/> and hands on a buffered copy, so whatever reads it
/// next (Refit's exception, a connector's error parser) never holds more than the cap. A body over the cap is replaced by
/// an empty one: the status alone then tells what happened.
/// </summary>
/// <param name="maxBytes">The cap, read per request from the connector's options.</param>
internal sealed class ErrorBodyLimitHandler(Func<int> maxBytes) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.Content is null)
        {
            return response;
        }

        var original = response.Content;
        byte[]? body;
        try
        {
            body = await BoundedBody.ReadAsync(original, maxBytes(), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        var bounded = new ByteArrayContent(body ?? []);
        if (body is not null && original.Headers.ContentType is { } type)
        {
            bounded.Headers.ContentType = MediaTypeHeaderValue.Parse(type.ToString());
        }

        response.Content = bounded;
        original.Dispose();
        return response;
    }
}
