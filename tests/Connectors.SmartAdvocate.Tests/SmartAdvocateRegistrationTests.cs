using System.Net;

using Connectors.Core.Http;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>The one registration path: AddSmartAdvocate and AddKeyedSmartAdvocate, bound from configuration, validated on start.</summary>
public sealed class SmartAdvocateRegistrationTests : IDisposable
{
    private readonly MockHttpMessageHandler _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Two_keyed_firms_each_sign_in_and_read_at_their_own_host_through_singletons()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new NodaTime.Testing.FakeClock(TestHost.Now));
        foreach (var firm in new[] { "omaha", "lincoln" })
        {
            var caseSync = services.AddKeyedSmartAdvocate(firm, o =>
            {
                o.BaseAddress = new Uri($"https://{firm}.smartadvocate.example");
                o.Username = $"user-{firm}";
                o.Password = "pw";
                o.RetryBaseDelay = TimeSpan.Zero;
            });
            caseSync.ConfigurePrimaryHttpMessageHandler(() => _http);
            caseSync.SmartAdvocateSignIn().ConfigurePrimaryHttpMessageHandler(() => _http);
            caseSync.SmartAdvocateDialer().ConfigurePrimaryHttpMessageHandler(() => _http);
        }

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var firm in new[] { "omaha", "lincoln" })
        {
            _http.Expect(HttpMethod.Post, $"https://{firm}.smartadvocate.example/CaseSyncAPI/Users/authenticate")
                .WithContent($"{{\"Username\":\"user-{firm}\",\"Password\":\"pw\"}}")
                .Respond("application/json", $"{{\"token\":\"{TestHost.Token(TestHost.Now + Duration.FromHours(2), firm)}\"}}");
            _http.Expect(HttpMethod.Get, $"https://{firm}.smartadvocate.example/CaseSyncAPI/case/1/notes").Respond("application/json",
                "[]");
        }

        await provider.GetRequiredKeyedService<SmartAdvocateCaseSyncClient>("omaha").GetCaseNotesAsync(1);
        await provider.GetRequiredKeyedService<SmartAdvocateCaseSyncClient>("lincoln").GetCaseNotesAsync(1);

        _http.VerifyNoOutstandingExpectation();
        // One lifetime for the family: singletons, as every other connector registers them.
        Assert.Same(provider.GetRequiredKeyedService<SmartAdvocateCaseSource>("omaha"),
            provider.GetRequiredKeyedService<SmartAdvocateCaseSource>("omaha"));
        Assert.Same(provider.GetRequiredKeyedService<Dialer.SmartAdvocateDialerClient>("lincoln"),
            provider.GetRequiredKeyedService<Dialer.SmartAdvocateDialerClient>("lincoln"));
        Assert.NotSame(provider.GetRequiredKeyedService<SmartAdvocateCaseSource>("omaha"),
            provider.GetRequiredKeyedService<SmartAdvocateCaseSource>("lincoln"));
    }

    [Fact]
    public async Task Options_bind_from_a_configuration_section_default_and_keyed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SmartAdvocate:BaseAddress"] = "https://bound.smartadvocate.example",
            ["SmartAdvocate:ClientKey"] = "bound-key",
            ["SmartAdvocate:omaha:BaseAddress"] = "https://omaha.smartadvocate.example",
            ["SmartAdvocate:omaha:ClientKey"] = "key-omaha",
            ["SmartAdvocate:omaha:DialerTimeZone"] = "America/Chicago",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSmartAdvocate(configSectionPath: "SmartAdvocate", configure: o => o.RetryBaseDelay = TimeSpan.Zero)
            .SmartAdvocateDialer().ConfigurePrimaryHttpMessageHandler(() => _http);
        services.AddKeyedSmartAdvocate("omaha");
        await using var provider = services.BuildServiceProvider();
        _http.Expect(HttpMethod.Post, "https://bound.smartadvocate.example/DialerAPI/AddCaseNote").WithHeaders("X-ApiKey",
            "bound-key").Respond(HttpStatusCode.OK);

        await provider.GetRequiredService<Dialer.SmartAdvocateDialerClient>().AddCaseNoteAsync(1, "a");

        _http.VerifyNoOutstandingExpectation();
        var monitor = provider.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>();
        Assert.Equal(TimeSpan.Zero, monitor.CurrentValue.RetryBaseDelay);
        Assert.Equal("America/Chicago", monitor.Get("omaha").DialerTimeZone);
    }

    [Fact]
    public void Start_up_fails_on_a_plain_http_address_off_loopback_with_the_shared_rule()
    {
        var services = new ServiceCollection();
        services.AddKeyedSmartAdvocate("omaha", o =>
            (o.BaseAddress, o.Username, o.Password) = (new Uri("http://omaha.smartadvocate.example"), "u", "p4ssw0rd-x"));
        using var provider = services.BuildServiceProvider();

        // What a host runs when it starts (a validation failure of the options, and of every client option read from them).
        var refused = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var failures = (refused is AggregateException all ? all.InnerExceptions
            : [refused]).Cast<OptionsValidationException>().SelectMany(e => e.Failures).ToList();
        Assert.Contains(ConnectorOptions.AddressProblem(new Uri("http://omaha.smartadvocate.example"), "SmartAdvocate:BaseAddress"),
            failures);
        Assert.DoesNotContain(failures, f => f.Contains("p4ssw0rd-x", StringComparison.Ordinal));
    }

    [Fact]
    public void A_builder_that_is_not_SmartAdvocates_has_no_dialer_sibling()
    {
        var services = new ServiceCollection();
        Assert.Throws<ArgumentException>(() => services.AddHttpClient("other").SmartAdvocateDialer());
    }
}
