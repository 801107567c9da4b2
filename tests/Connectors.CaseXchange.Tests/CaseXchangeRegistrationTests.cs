using Connectors.Core.Http;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using RichardSzalay.MockHttp;

namespace Connectors.CaseXchange.Tests;

/// <summary>The one registration path: AddCaseXchange and AddKeyedCaseXchange, bound from configuration, validated on start.</summary>
public sealed class CaseXchangeRegistrationTests : IDisposable
{
    private const string EmptyPage = """
        {"data":[],"pagination":{"page":1,"limit":100,"total":0,"totalPages":1},
        "meta":{"requestId":"req_1","timestamp":"2026-03-28T14:32:00.000Z"}}
        """;
    private readonly MockHttpMessageHandler _http = new();

    public void Dispose() => _http.Dispose();

    private static void Custom(CaseXchangeOptions o, string root, string key) =>
        (o.Environment, o.BaseAddress, o.ApiKey, o.RetryBaseDelay) = (CaseXchangeEnvironment.Custom, new Uri(root), key, TimeSpan.Zero);

    [Fact]
    public async Task Two_keyed_firms_each_read_from_their_own_host_with_their_own_key()
    {
        var services = new ServiceCollection();
        services.AddKeyedCaseXchange("omaha", o => Custom(o, "https://omaha.cx.example/api/public/v1/", "cxp_std_omaha0firm0key0"))
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedCaseXchange("lincoln", o => Custom(o, "https://lincoln.cx.example/api/public/v1/", "cxp_ro_lincoln0firm0key"))
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _http.Expect(HttpMethod.Get, "https://omaha.cx.example/api/public/v1/sent-cases")
            .WithHeaders("X-API-Key", "cxp_std_omaha0firm0key0").Respond("application/json", EmptyPage);
        _http.Expect(HttpMethod.Get, "https://lincoln.cx.example/api/public/v1/sent-cases")
            .WithHeaders("X-API-Key", "cxp_ro_lincoln0firm0key").Respond("application/json", EmptyPage);

        await Drain(provider.GetRequiredKeyedService<CaseXchangeClient>("omaha"));
        await Drain(provider.GetRequiredKeyedService<CaseXchangeClient>("lincoln"));

        _http.VerifyNoOutstandingExpectation();
        var omaha = provider.GetRequiredKeyedService<CaseXchangeClient>("omaha");
        Assert.NotSame(omaha, provider.GetRequiredKeyedService<CaseXchangeClient>("lincoln"));
        Assert.Same(omaha, provider.GetRequiredKeyedService<CaseXchangeClient>("omaha"));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_default_and_keyed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseXchange:Environment"] = "Custom",
            ["CaseXchange:BaseAddress"] = "https://bound.cx.example/api/public/v1/",
            ["CaseXchange:ApiKey"] = "cxp_std_bound0firm0key0",
            ["CaseXchange:PageSize"] = "7",
            ["Firms:omaha:Environment"] = "Uat",
            ["Firms:omaha:ApiKey"] = "cxp_std_omaha0firm0key0",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCaseXchange(configSectionPath: "CaseXchange", configure: o => o.RetryBaseDelay = TimeSpan.Zero)
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedCaseXchange("omaha", "Firms:omaha").ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider();
        _http.Expect(HttpMethod.Get, "https://bound.cx.example/api/public/v1/sent-cases")
            .WithQueryString("limit", "7")
            .WithHeaders("X-API-Key", "cxp_std_bound0firm0key0")
            .Respond("application/json", EmptyPage);

        await Drain(provider.GetRequiredService<CaseXchangeClient>());

        _http.VerifyNoOutstandingExpectation();
        var monitor = provider.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>();
        Assert.Equal(TimeSpan.Zero, monitor.CurrentValue.RetryBaseDelay);
        Assert.Equal(CaseXchangeOptions.UatAddress, monitor.Get("omaha").EffectiveBaseAddress);
    }

    [Theory]
    [InlineData(CaseXchangeEnvironment.Production, "https://api.casexchange.com/api/public/v1/")]
    [InlineData(CaseXchangeEnvironment.Uat, "https://api-uat.casexchange.com/api/public/v1/")]
    public async Task The_environment_chooses_the_base_address_and_a_registered_client_calls_it(
        CaseXchangeEnvironment environment, string root)
    {
        var services = new ServiceCollection();
        services.AddCaseXchange(o => (o.Environment, o.ApiKey, o.RetryBaseDelay) = (environment, "cxp_std_env0firm0key000", TimeSpan.Zero))
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        _http.Expect(HttpMethod.Get, root + "firms/me").WithHeaders("X-API-Key", "cxp_std_env0firm0key000").Respond(
            "application/json",
            """{"data":{"id":"f1","name":"Env Firm"},"meta":{"requestId":"req_1","timestamp":"2026-03-28T14:32:00.000Z"}}""");
        _http.Expect(HttpMethod.Get, root + "sent-cases").WithHeaders("X-API-Key", "cxp_std_env0firm0key000")
            .Respond("application/json", EmptyPage);

        var firm = await provider.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
        await Drain(provider.GetRequiredService<CaseXchangeClient>());

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal("Env Firm", firm.Name);
        var options = provider.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue;
        Assert.Equal(new Uri(root), options.EffectiveBaseAddress);
        Assert.Equal(
            environment == CaseXchangeEnvironment.Production ? CaseXchangeOptions.ProductionAddress : CaseXchangeOptions.UatAddress,
            options.EffectiveBaseAddress);
    }

    [Fact]
    public void A_base_address_with_production_or_uat_is_refused_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddCaseXchange(o => (o.Environment, o.BaseAddress, o.ApiKey) =
            (CaseXchangeEnvironment.Uat, new Uri("https://elsewhere.cx.example/api/public/v1/"), "cxp_std_env0firm0key000"));
        using var provider = services.BuildServiceProvider();

        var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("only used with Environment = Custom", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_fails_on_a_plain_http_address_off_loopback_with_the_shared_rule()
    {
        var services = new ServiceCollection();
        services.AddKeyedCaseXchange("omaha", o => Custom(o, "http://omaha.cx.example/api/public/v1/", "cxp_std_omaha0firm0key0"));
        using var provider = services.BuildServiceProvider();

        // What a host runs when it starts (a validation failure of the options, and of every client option read from them).
        var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = (refused is AggregateException all ? all.InnerExceptions : [refused])
            .Cast<OptionsValidationException>()
            .SelectMany(e => e.Failures)
            .ToList();
        Assert.Contains(
            ConnectorOptions.AddressProblem(new Uri("http://omaha.cx.example/api/public/v1/"), "CaseXchange:BaseAddress"), failures);
        Assert.DoesNotContain(failures, f => f.Contains("omaha0firm0key0", StringComparison.Ordinal));
    }

    private static async Task Drain(CaseXchangeClient client)
    {
        await foreach (var _ in client.ReadSentCasesAsync())
        {
        }
    }
}
