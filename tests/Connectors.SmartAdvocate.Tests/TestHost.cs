using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>The real DI pipeline (options, auth handlers, resilience, Refit, JSON) over MockHttp.</summary>
internal sealed class TestHost : IDisposable
{
    public const string Host = "https://sa.example-firm.com";
    public const string ClientKey = "0d4852a98cbf4c8csb0cdee1b6f31e95f";
    public const string Username = "api.user";
    public const string Password = "p4ssw0rd";

    // 2026-11-24T15:00:00Z is 10:00 in New York (EST) and 09:00 in Chicago (CST): a Tuesday.
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 15, 0);

    private readonly ServiceProvider _provider;

    public TestHost(Action<SmartAdvocateOptions>? configure = null, Instant? now = null)
    {
        Clock = new FakeClock(now ?? Now);
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        var builders = services.AddSmartAdvocate(o =>
        {
            o.BaseAddress = new Uri(Host);
            o.Username = Username;
            o.Password = Password;
            o.ClientKey = ClientKey;
            o.RetryBaseDelay = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        builders.ConfigurePrimaryHttpMessageHandler(() => Http);
        builders.SmartAdvocateDialer().ConfigurePrimaryHttpMessageHandler(() => Http);
        builders.SmartAdvocateSignIn().ConfigurePrimaryHttpMessageHandler(() => Http);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _ = _provider.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().CurrentValue;
    }

    public MockHttpMessageHandler Http { get; } = new();

    public FakeClock Clock { get; }

    public SmartAdvocateDialerClient Dialer => _provider.GetRequiredService<SmartAdvocateDialerClient>();

    public SmartAdvocateCaseSource CaseSource => _provider.GetRequiredService<SmartAdvocateCaseSource>();

    public SmartAdvocateCaseSyncClient CaseSync => _provider.GetRequiredService<SmartAdvocateCaseSyncClient>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static string Fixture(string path) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", "smartadvocate", path));

    /// <summary>A JWT-shaped token whose payload carries <paramref name="expires"/>.</summary>
    public static string Token(Instant expires, string id = "a")
    {
        var json = $"{{\"sub\":\"{id}\",\"exp\":{expires.ToUnixTimeSeconds()}}}";
        var payload = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return $"eyJhbGciOiJIUzI1NiJ9.{payload}.c2ln";
    }

    public MockedRequest ExpectSignIn(string token) =>
        Http.Expect(HttpMethod.Post, $"{Host}/CaseSyncAPI/Users/authenticate")
            .WithContent($"{{\"Username\":\"{Username}\",\"Password\":\"{Password}\"}}")
            .Respond("application/json", $"{{\"username\":\"{Username}\",\"userID\":42,\"token\":\"{token}\"}}");

    public void Dispose()
    {
        _provider.Dispose();
        Http.Dispose();
    }
}
