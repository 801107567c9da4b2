using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// <c>AddMyCase</c> through the real DI pipeline with MockHttp as the primary handler, already authorized (an access token
/// good for 20 hours), on a fake clock, with no retries or delays; <c>GET /v1/staff</c> answers an empty list.
/// </summary>
internal sealed class AuthorizedMyCase : IDisposable
{
    /// <summary>MyCase's API address.</summary>
    public const string Api = "https://external-integrations.mycase.com";

    /// <summary>The fake clock's instant.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);

    public AuthorizedMyCase()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
            new MyCaseTokens("access-1", "refresh-1", Now + Duration.FromHours(20), Now + Duration.FromDays(13), "firm-uuid-1", "cases")));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
        }).ConfigurePrimaryHttpMessageHandler(() => Http);
        Services = services.BuildServiceProvider();
        Http.When(HttpMethod.Get, $"{Api}/v1/staff").Respond("application/json", "[]");
    }

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
