using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// <c>AddMyCase</c> through the real DI pipeline with MockHttp as the primary handler of every client (API, token,
/// upload), already authorized, on a fake clock, with no retry delays; <c>GET /v1/staff</c> answers an empty list.
/// </summary>
internal sealed class AuthorizedMyCase : IDisposable
{
    /// <summary>MyCase's API address.</summary>
    public const string Api = "https://external-integrations.mycase.com";

    /// <summary>The fake clock's instant.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);

    /// <summary>An authorization whose access token is good for 20 hours; no retries.</summary>
    public AuthorizedMyCase()
        : this(accessTokenDue: false)
    {
    }

    /// <param name="accessTokenDue">
    /// True for an access token that expired a minute ago (the first call refreshes it) and the default retries; false for
    /// one good for 20 hours and no retries.
    /// </param>
    public AuthorizedMyCase(bool accessTokenDue)
    {
        Store = new InMemoryMyCaseTokenStore(new MyCaseTokens(
            "access-1", "refresh-1", Now + (accessTokenDue
                ? -Duration.FromMinutes(1) : Duration.FromHours(20)), Now + Duration.FromDays(13), "firm-uuid-1", "cases"));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddSingleton<IMyCaseTokenStore>(Store);
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => Http));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            if (!accessTokenDue)
            {
                o.MaxRetryAttempts = 0;
            }
        }).ConfigurePrimaryHttpMessageHandler(() => Http);
        Services = services.BuildServiceProvider();
        Http.When(HttpMethod.Get, $"{Api}/v1/staff").Respond("application/json", "[]");
    }

    /// <summary>Where the tokens are kept.</summary>
    public InMemoryMyCaseTokenStore Store { get; }

    /// <summary>The vendor's side: set answers here.</summary>
    public MockHttpMessageHandler Http { get; } = new();

    /// <summary>The container <c>AddMyCase</c> registered into.</summary>
    public ServiceProvider Services { get; }

    public void Dispose()
    {
        Services.Dispose();
        Http.Dispose();
    }
}
