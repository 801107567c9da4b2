using Microsoft.Extensions.DependencyInjection;

namespace Connectors.SmartAdvocate;

/// <summary>The HTTP clients <c>AddSmartAdvocate</c> registered, so callers can chain their own handlers.</summary>
/// <param name="CaseSync">CaseSyncAPI (bearer token).</param>
/// <param name="Dialer">The Predictive Dialer API (<c>X-ApiKey</c>).</param>
/// <param name="Authentication">CaseSyncAPI's sign-in (no retries).</param>
public sealed record SmartAdvocateClientBuilders(IHttpClientBuilder CaseSync, IHttpClientBuilder Dialer, IHttpClientBuilder Authentication);