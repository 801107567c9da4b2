using Connectors.SmartAdvocate.Models;

using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>
/// CaseSyncAPI's token endpoint, on a client of its own (no bearer handler; its POST is retried, as signing in changes
/// nothing). The answer comes back unread (headers only) so that <c>SmartAdvocateTokenProvider</c> reads it with a byte cap.
/// </summary>
internal interface ISmartAdvocateAuthApi
{
    [Post("/CaseSyncAPI/Users/authenticate")]
    Task<HttpResponseMessage> AuthenticateAsync([Body] SmartAdvocateAuthenticateRequest request, CancellationToken cancellationToken);
}
