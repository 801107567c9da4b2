using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using Connectors.Core.Writes;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests;

/// <summary>The one registration path: AddCasePeer and AddKeyedCasePeer, bound from configuration, validated on start.</summary>
public sealed class CasePeerRegistrationTests : IDisposable
{
    private const string EmptyPage = """{"count": 0, "next": null, "previous": null, "results": []}""";
    private static readonly SyncWindow Window = new(Instant.FromUtc(2026, 11, 24, 0, 0), Instant.FromUtc(2026, 11, 25, 0, 0));
    private readonly MockHttpMessageHandler _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Two_keyed_firms_each_read_from_their_own_host_with_their_own_key()
    {
        var services = new ServiceCollection();
        services.AddKeyedCasePeer("omaha", o => (o.BaseAddress, o.ApiKey) = (new Uri("https://omaha.casepeer.example/"), "key-omaha"))
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedCasePeer("lincoln", o => (o.BaseAddress, o.ApiKey) = (new Uri("https://lincoln.casepeer.example/"), "key-lincoln"))
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _http.Expect(HttpMethod.Get, "https://omaha.casepeer.example/api/v1/cases")
            .WithHeaders("X-API-Key", "key-omaha")
            .Respond("application/json", EmptyPage);
        _http.Expect(HttpMethod.Get, "https://lincoln.casepeer.example/api/v1/cases")
            .WithHeaders("X-API-Key", "key-lincoln")
            .Respond("application/json", EmptyPage);

        await Drain(provider.GetRequiredKeyedService<CasePeerCaseSource>("omaha"));
        await Drain(provider.GetRequiredKeyedService<ICaseSource>("lincoln"));

        _http.VerifyNoOutstandingExpectation();
        var omaha = provider.GetRequiredKeyedService<CasePeerCaseSource>("omaha");
        Assert.NotSame(omaha, provider.GetRequiredKeyedService<CasePeerCaseSource>("lincoln"));
        Assert.Same(omaha, provider.GetRequiredKeyedService<CasePeerCaseSource>("omaha"));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_default_and_keyed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CasePeer:BaseAddress"] = "https://bound.casepeer.example/",
            ["CasePeer:ApiKey"] = "bound-key",
            ["CasePeer:PageSize"] = "7",
            ["CasePeer:omaha:BaseAddress"] = "https://omaha.casepeer.example/",
            ["CasePeer:omaha:ApiKey"] = "key-omaha",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCasePeer(configSectionPath: "CasePeer", configure: o => o.RetryBaseDelay = TimeSpan.Zero)
            .ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedCasePeer("omaha", configSectionPath: null).ConfigurePrimaryHttpMessageHandler(() => _http);
        await using var provider = services.BuildServiceProvider();
        _http.Expect(HttpMethod.Get, "https://bound.casepeer.example/api/v1/cases")
            .WithQueryString("page_size", "7")
            .WithHeaders("X-API-Key", "bound-key")
            .Respond("application/json", EmptyPage);

        await Drain(provider.GetRequiredService<CasePeerCaseSource>());

        _http.VerifyNoOutstandingExpectation();
        var monitor = provider.GetRequiredService<IOptionsMonitor<CasePeerOptions>>();
        Assert.Equal(TimeSpan.Zero, monitor.CurrentValue.RetryBaseDelay);
        Assert.Equal(new Uri("https://omaha.casepeer.example/"), monitor.Get("omaha").BaseAddress);
    }

    [Fact]
    public void Start_up_fails_on_a_plain_http_address_off_loopback_with_the_shared_rule()
    {
        var services = new ServiceCollection();
        services.AddKeyedCasePeer("omaha", o => (o.BaseAddress, o.ApiKey) = (new Uri("http://omaha.casepeer.example/"), "key-omaha"));
        using var provider = services.BuildServiceProvider();

        // What a host runs when it starts (a validation failure of the options, and of every client option read from them).
        var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = (refused is AggregateException all ? all.InnerExceptions : [refused])
            .Cast<OptionsValidationException>()
            .SelectMany(e => e.Failures)
            .ToList();
        Assert.Contains(ConnectorOptions.AddressProblem(new Uri("http://omaha.casepeer.example/"), "CasePeer:BaseAddress"), failures);
        Assert.DoesNotContain(failures, f => f.Contains("key-omaha", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_keyed_firm_has_its_own_writers_also_resolved_as_the_Core_interfaces()
    {
        var services = new ServiceCollection();
        services.AddKeyedCasePeer("omaha", o => (o.BaseAddress, o.ApiKey) = (new Uri("https://omaha.casepeer.example/"), "key-omaha"));
        services.AddKeyedCasePeer("lincoln", o => (o.BaseAddress, o.ApiKey) = (new Uri("https://lincoln.casepeer.example/"), "lincoln"));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        var omahaNotes = provider.GetRequiredKeyedService<ICaseNoteWriter>("omaha");
        var omahaDocuments = provider.GetRequiredKeyedService<ICaseDocumentWriter>("omaha");

        Assert.Same(provider.GetRequiredKeyedService<CasePeerNoteWriter>("omaha"), omahaNotes);
        Assert.Same(provider.GetRequiredKeyedService<CasePeerDocumentWriter>("omaha"), omahaDocuments);
        Assert.NotSame(omahaNotes, provider.GetRequiredKeyedService<ICaseNoteWriter>("lincoln"));
        Assert.NotSame(omahaDocuments, provider.GetRequiredKeyedService<ICaseDocumentWriter>("lincoln"));
        Assert.Single(provider.GetKeyedServices<ICaseNoteWriter>("omaha"));
    }

    private static async Task Drain(ICaseSource source)
    {
        await foreach (var _ in source.ReadCasesAsync(Window))
        {
        }
    }
}
