namespace Connectors.Shared;

/// <summary>
/// Puts a byte limit on every answer of a client (<see cref="ResponseBodyLimit"/>): a successful answer that declares
/// more than the limit in <c>Content-Length</c> is refused before its body is read; any other body is read through a
/// <see cref="LimitedContent"/> that stops at the limit. An error answer past the limit keeps its status (its body is
/// only cut short), so a 401 stays an authentication error. Registered outside the resilience handler: the limit
/// applies to the answer the pipeline hands back.
/// </summary>
internal sealed class ResponseBodyLimitHandler(Func<long> limit, string option) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var max = limit();
        var endpoint = $"{request.Method} {request.RequestUri?.AbsolutePath}";
        var status = response.StatusCode;
        if (response.IsSuccessStatusCode && response.Content.Headers.ContentLength > max)
        {
            response.Dispose();
            throw ResponseBodyLimit.TooLarge(endpoint, status, max, option);
        }

        response.Content = new LimitedContent(response.Content, max, () => ResponseBodyLimit.TooLarge(endpoint, status, max, option));
        return response;
    }
}
