using Connectors.SmartAdvocate.Models;

using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>CaseSyncAPI's token endpoint, on a client of its own (no bearer handler, no retries).</summary>
internal interface ISmartAdvocateAuthApi
{
    [Post("/CaseSyncAPI/Users/authenticate")]
    Task<AuthenticateResponse> AuthenticateAsync([Body] AuthenticateRequest request, CancellationToken cancellationToken);
}