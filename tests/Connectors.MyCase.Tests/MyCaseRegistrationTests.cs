using Connectors.Core.Http;
using Connectors.MyCase.Authentication;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>The one registration path: AddMyCase and AddKeyedMyCase, bound from configuration, validated on start.</summary>
public sealed class MyCaseRegistrationTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly MockHttpMessageHandler _http = new();

    public void Dispose() => _http.Dispose();

    private static MyCaseTokens Tokens(string access) =>
        new(access, "refresh-" + access, Now + Duration.FromHours(20), Now + Duration.FromDays(13), "firm-" + access, "cases");

    private static void Firm(MyCaseOptions o, string host, string clientId)
    {
        o.BaseAddress = new Uri(host);
        o.ClientId = clientId;
        o.ClientSecret = "secret-" + clientId;
        o.RedirectUri = new Uri("https://platform.example/callback");
        o.RetryBaseDelay = TimeSpan.Zero;
    }

    [Fact]
    public async Task Two_keyed_firms_each_read_from_their_own_host_with_their_own_token()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddKeyedSingleton<IMyCaseTokenStore>("omaha", new InMemoryMyCaseTokenStore(Tokens("token-omaha")));
        services.AddKeyedSingleton<IMyCaseTokenStore>("lincoln", new InMemoryMyCaseTokenStore(Tokens("token-lincoln")));
        services.AddKeyedMyCase(
            "omaha",
            o => Firm(o, "https://omaha.mycase.example/", "client-omaha")).ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedMyCase(
            "lincoln",
            o => Firm(o, "https://lincoln.mycase.example/", "client-lincoln")).ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _http.Expect(HttpMethod.Get, "https://omaha.mycase.example/v1/firm").WithHeaders("Authorization", "Bearer token-omaha")
            .Respond("application/json", """{"name": "Omaha"}""");
        _http.Expect(HttpMethod.Get, "https://lincoln.mycase.example/v1/firm").WithHeaders("Authorization", "Bearer token-lincoln")
            .Respond("application/json", """{"name": "Lincoln"}""");

        var omaha = await provider.GetRequiredKeyedService<MyCaseFirmCatalog>("omaha").ReadFirmAsync();
        var lincoln = await provider.GetRequiredKeyedService<MyCaseFirmCatalog>("lincoln").ReadFirmAsync();

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal(("Omaha", "Lincoln"), (omaha.Name, lincoln.Name));
        Assert.IsType<MyCaseCaseSource>(provider.GetRequiredKeyedService<Core.Sources.ICaseSource>("lincoln"));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_default_and_keyed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MyCase:BaseAddress"] = "https://bound.mycase.example/",
            ["MyCase:ClientId"] = "bound-client",
            ["MyCase:ClientSecret"] = "bound-secret",
            ["MyCase:RedirectUri"] = "https://platform.example/callback",
            ["MyCase:omaha:ClientId"] = "client-omaha",
            ["MyCase:omaha:ClientSecret"] = "secret-omaha",
            ["MyCase:omaha:RedirectUri"] = "https://platform.example/callback",
            ["MyCase:omaha:PageSize"] = "250",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(Tokens("token-bound")));
        services.AddMyCase(
            configSectionPath: "MyCase",
            configure: o => o.RetryBaseDelay = TimeSpan.Zero).ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedMyCase("omaha", configSectionPath: null);
        await using var provider = services.BuildServiceProvider();
        _http.Expect(HttpMethod.Get, "https://bound.mycase.example/v1/firm").WithHeaders("Authorization", "Bearer token-bound")
            .Respond("application/json", """{"name": "Bound"}""");

        var firm = await provider.GetRequiredService<MyCaseFirmCatalog>().ReadFirmAsync();

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal("Bound", firm.Name);
        var monitor = provider.GetRequiredService<IOptionsMonitor<MyCaseOptions>>();
        Assert.Equal(TimeSpan.Zero, monitor.CurrentValue.RetryBaseDelay);
        Assert.Equal(("client-omaha", 250), (monitor.Get("omaha").ClientId, monitor.Get("omaha").PageSize));
    }

    [Fact]
    public void Start_up_fails_on_a_plain_http_address_off_loopback_with_the_shared_rule()
    {
        var services = new ServiceCollection();
        services.AddKeyedMyCase("omaha", o => Firm(o, "http://omaha.mycase.example/", "client-omaha"));
        using var provider = services.BuildServiceProvider();

        // What a host runs when it starts (a validation failure of the options, and of every client option read from them).
        var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = (refused is AggregateException all
            ? all.InnerExceptions : [refused]).Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(ConnectorOptions.AddressProblem(new Uri("http://omaha.mycase.example/"), "MyCase:BaseAddress"), failures);
        Assert.DoesNotContain(failures, f => f.Contains("secret-client-omaha", StringComparison.Ordinal));
    }
}
