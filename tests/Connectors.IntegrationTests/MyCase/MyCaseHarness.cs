using System.Globalization;

using Connectors.Core.Model;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// A MyCase sandbox on loopback and the connector registered against it through the real DI pipeline. The sandbox and
/// the connector share one <see cref="FakeClock"/>, so a test can let tokens expire.
/// </summary>
internal sealed class MyCaseHarness : IAsyncDisposable
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0);

    private readonly Action<MyCaseOptions>? _configure;
    private readonly Action<IServiceCollection>? _register;

    private MyCaseHarness(SandboxServer server, MyCaseSandbox vendor, FakeClock clock, Action<MyCaseOptions>? configure, Action<IServiceCollection>? register)
    {
        Server = server;
        Vendor = vendor;
        Clock = clock;
        _configure = configure;
        _register = register;
        Services = Connect(null);
    }

    public SandboxServer Server { get; }

    public MyCaseSandbox Vendor { get; }

    public ServiceProvider Services { get; }

    public FakeClock Clock { get; }

    public Uri ApiBase => Server.BaseAddressOf(Vendor.PathPrefix);

    /// <param name="sandbox">The sandbox's options.</param>
    /// <param name="configure">Changes to the connector's options.</param>
    /// <param name="register">Registrations after <c>AddMyCase</c> (a handler on one of its HTTP clients, say).</param>
    public static async Task<MyCaseHarness> StartAsync(MyCaseSandboxOptions? sandbox = null, Action<MyCaseOptions>? configure = null, Action<IServiceCollection>? register = null)
    {
        var clock = new FakeClock(Start);
        var vendor = new MyCaseSandbox(sandbox);
        var server = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = clock });
        return new MyCaseHarness(server, vendor, clock, configure, register);
    }

    /// <summary>
    /// The connector as a second process would build it, against the same sandbox and with the same (durable) token
    /// store, but none of this process's in-memory state. The caller disposes it.
    /// </summary>
    public ServiceProvider StartAnotherProcess() => Connect(Get<IMyCaseTokenStore>());

    private ServiceProvider Connect(IMyCaseTokenStore? tokens)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        services.AddMyCase(o =>
        {
            o.BaseAddress = Server.BaseAddressOf(Vendor.PathPrefix);
            o.AuthorizationServer = new Uri(Server.BaseAddressOf(Vendor.PathPrefix), "auth/");
            o.ClientId = Vendor.Options.ClientId;
            o.ClientSecret = Vendor.Options.ClientSecret;
            o.RedirectUri = Vendor.Options.RedirectUri;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 25;
            _configure?.Invoke(o);
        });
        _register?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>The key of MyCase case <paramref name="caseId"/>.</summary>
    public static CaseKey Key(long caseId) => new("mycase", caseId.ToString(CultureInfo.InvariantCulture));

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs the authorization-code flow as a browser would: the authorize URL redirects back with a code.</summary>
    public async Task<MyCaseConnection> AuthorizeAsync()
    {
        var oauth = Get<MyCaseOAuthClient>();
        const string state = "state-4a7f";
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var response = await browser.GetAsync(oauth.BuildAuthorizeUri(state));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await oauth.CompleteAuthorizationAsync(response.Headers.Location!, state);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
