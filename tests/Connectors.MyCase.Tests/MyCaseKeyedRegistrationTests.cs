using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>Hosts that serve many firms register each firm under its own key, with its own options, tokens and clients.</summary>
public sealed class MyCaseKeyedRegistrationTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly MockHttpMessageHandler _http = new();

    public void Dispose() => _http.Dispose();

    private static MyCaseTokens Tokens(string access) =>
        new(access, "refresh-" + access, Now + Duration.FromHours(20), Now + Duration.FromDays(13), "firm-" + access, "cases");

    private static void Configure(MyCaseOptions o, string clientId)
    {
        o.ClientId = clientId;
        o.ClientSecret = "secret";
        o.RedirectUri = new Uri("https://platform.example/callback");
        o.RetryBaseDelay = TimeSpan.Zero;
    }

    [Fact]
    public async Task Each_firm_reads_with_its_own_tokens()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddKeyedSingleton<IMyCaseTokenStore>("firm-a", new InMemoryMyCaseTokenStore(Tokens("token-a")));
        services.AddKeyedSingleton<IMyCaseTokenStore>("firm-b", new InMemoryMyCaseTokenStore(Tokens("token-b")));
        services.AddKeyedMyCase("firm-a", o => Configure(o, "client-a")).ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedMyCase("firm-b", o => Configure(o, "client-b")).ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _http.Expect(HttpMethod.Get, "https://external-integrations.mycase.com/v1/firm").WithHeaders("Authorization", "Bearer token-a")
            .Respond("application/json", """{"name": "A"}""");
        _http.Expect(HttpMethod.Get, "https://external-integrations.mycase.com/v1/firm").WithHeaders("Authorization", "Bearer token-b")
            .Respond("application/json", """{"name": "B"}""");

        var a = await provider.GetRequiredKeyedService<MyCaseFirmCatalog>("firm-a").ReadFirmAsync();
        var b = await provider.GetRequiredKeyedService<MyCaseFirmCatalog>("firm-b").ReadFirmAsync();

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(("A", "B"), (a.Name, b.Name));
        Assert.Equal("client-b", provider.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().Get("firm-b").ClientId);
        Assert.Contains(
            "client_id=client-a",
            provider.GetRequiredKeyedService<MyCaseOAuthClient>("firm-a").BuildAuthorizeUri("s").Query,
            StringComparison.Ordinal);
        Assert.NotSame(
            provider.GetRequiredKeyedService<MyCaseCaseSource>("firm-a"),
            provider.GetRequiredKeyedService<MyCaseCaseSource>("firm-b"));
    }

    [Fact]
    public void Invalid_options_of_a_firm_fail_at_start_up_naming_every_problem()
    {
        var services = new ServiceCollection();
        services.AddKeyedMyCase("firm-c", o => o.PageSize = 0);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() =>
            provider.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().Get("firm-c"));

        Assert.Contains(error.Failures, f => f.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("PageSize", StringComparison.Ordinal));
    }
}
