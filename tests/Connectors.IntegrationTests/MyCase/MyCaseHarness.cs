using System.Globalization;

using Connectors.Core.Model;
using Connectors.IntegrationTests.Harness;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// A MyCase sandbox on loopback and the connector registered against it (see <see cref="SandboxHarness"/>); the shared
/// clock lets a test expire tokens.
/// </summary>
internal sealed class MyCaseHarness(SandboxHarness sandbox, MyCaseSandbox vendor)
    : VendorHarness<MyCaseSandbox>(sandbox, vendor)
{
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 25, 2, 0);

    public Uri ApiBase => BaseAddress;

    /// <param name="sandbox">The sandbox's options.</param>
    /// <param name="configure">Changes to the connector's options, after the harness's (page size 25, no retry delay).</param>
    /// <param name="options">Clock, faults, idempotency and extra registrations.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<MyCaseHarness> StartAsync(
        MyCaseSandboxOptions? sandbox = null,
        Action<MyCaseOptions>? configure = null,
        SandboxHarnessOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        var vendor = new MyCaseSandbox(sandbox);
        var harness = await SandboxHarness.StartAsync(
            [vendor],
            Start,
            (services, server) => services.AddMyCase(o =>
            {
                o.BaseAddress = server.BaseAddressOf(vendor.PathPrefix);
                o.AuthorizationServer = new Uri(server.BaseAddressOf(vendor.PathPrefix), "auth/");
                o.ClientId = vendor.Options.ClientId;
                o.ClientSecret = vendor.Options.ClientSecret;
                o.RedirectUri = vendor.Options.RedirectUri;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.PageSize = 25;
                configure?.Invoke(o);
            }),
            options,
            cancellationToken);
        return new MyCaseHarness(harness, vendor);
    }

    /// <summary>
    /// The connector as a second process would build it, against the same sandbox and with the same (durable) token
    /// store, but none of this process's in-memory state. The caller disposes it.
    /// </summary>
    public ServiceProvider StartAnotherProcess()
    {
        var tokens = Get<IMyCaseTokenStore>();
        return Sandbox.Connect(services => services.AddSingleton(tokens));
    }

    /// <summary>The key of MyCase case <paramref name="caseId"/>.</summary>
    public static CaseKey Key(long caseId) => new("mycase", caseId.ToString(CultureInfo.InvariantCulture));

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
}
