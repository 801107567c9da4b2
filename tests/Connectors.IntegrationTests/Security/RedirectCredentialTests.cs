using System.Net;
using System.Text;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Http;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using NodaTime;

namespace Connectors.IntegrationTests.Security;

/// <summary>
/// Issue 14 point 4: a vendor endpoint that answers 307 to another host (a second Kestrel listener on another loopback
/// port) must not make the SDK send any credential there: no API key header, no bearer token, no sign-in or token-grant
/// body. The SDK follows no redirect; the call ends in a <see cref="ConnectorApiException"/> naming the endpoint and the
/// status, and never the redirect's target.
/// </summary>
public sealed class RedirectCredentialTests : IAsyncLifetime
{
    private const string CasePeerKey = "cp-key-4f1c9a7e";
    private const string CasePeerHeader = "X-CasePeer-Firm-Key";
    private const string CaseXchangeKey = "cxp_std_3b9d7f21c0aa";
    private const string DialerKey = "sa-client-key-77e2c1";
    private const string SmartAdvocatePassword = "sa-password-5d0e";
    private const string MyCaseSecret = "mc-client-secret-a81f";
    private const string MyCaseAccessToken = "mc-access-token-0c6d2b";
    private const string MyCaseRefreshToken = "mc-refresh-token-9e4a13";
    private const string SmartAdvocateToken = "sa-bearer-token-6b2f90";

    private static readonly string[] CredentialHeaders = ["Authorization", "X-ApiKey", "X-API-Key", CasePeerHeader];
    private static readonly string[] Secrets =
    [
        CasePeerKey,
        CaseXchangeKey,
        DialerKey,
        SmartAdvocatePassword,
        MyCaseSecret,
        MyCaseAccessToken,
        MyCaseRefreshToken,
        SmartAdvocateToken,
    ];

    private readonly List<string> _seenElsewhere = [];
    private WebApplication? _elsewhere;
    private WebApplication? _vendor;
    private Uri _elsewhereBase = null!;
    private Uri _vendorBase = null!;

    public async Task InitializeAsync()
    {
        // The other host: records every request it gets, headers and body, and answers as if all were well.
        (_elsewhere, _elsewhereBase) = await StartAsync(async http =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = string.Join("\n", http.Request.Headers.Select(h => $"{h.Key}: {h.Value}"));
            lock (_seenElsewhere)
            {
                _seenElsewhere.Add($"{http.Request.Method} {http.Request.Path}\n{headers}\n\n{body}");
            }

            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync("{}");
        });

        // The vendor: SmartAdvocate's sign-in answers with a token (so the bearer-carrying call can be redirected too),
        // every other request is sent on to the other host with 307, which keeps the method and the body.
        (_vendor, _vendorBase) = await StartAsync(async http =>
        {
            if (http.Request.Path.Value!.EndsWith("/sa-signed-in/CaseSyncAPI/Users/authenticate", StringComparison.Ordinal))
            {
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync($$"""{"token":"{{SmartAdvocateToken}}"}""");
                return;
            }

            http.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            http.Response.Headers.Location = new Uri(_elsewhereBase, http.Request.Path.Value!.TrimStart('/') + http.Request.QueryString)
                .ToString();
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _vendor, _elsewhere })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public Task CasePeer_key_header_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "GET",
        s => s.AddCasePeer(o =>
        {
            o.BaseAddress = Vendor("casepeer/");
            o.ApiKey = CasePeerKey;
            o.ApiKeyHeaderName = CasePeerHeader;
            o.MaxRetryAttempts = 0;
        }),
        sp => sp.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1001"));

    [Fact]
    public Task CaseXchange_key_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "GET",
        s => s.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = Vendor("casexchange/api/public/v1/");
            o.ApiKey = CaseXchangeKey;
            o.MaxRetryAttempts = 0;
        }),
        sp => sp.GetRequiredService<CaseXchangeClient>().CheckKeyAsync());

    [Fact]
    public Task SmartAdvocate_dialer_key_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "POST",
        s => s.AddSmartAdvocate(o =>
        {
            o.BaseAddress = Vendor("smartadvocate/");
            o.ClientKey = DialerKey;
            o.MaxRetryAttempts = 0;
        }),
        sp => sp.GetRequiredService<SmartAdvocateDialerClient>().GetCasesToDialAsync(new DialerQuery { Campaign = "Intake", Records = 1 }));

    [Fact]
    public Task SmartAdvocate_sign_in_body_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "POST",
        s => s.AddSmartAdvocate(o =>
        {
            o.BaseAddress = Vendor("smartadvocate/");
            o.Username = "api-user";
            o.Password = SmartAdvocatePassword;
            o.MaxRetryAttempts = 0;
        }),
        sp => sp.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001));

    [Fact]
    public Task SmartAdvocate_bearer_token_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "GET",
        s => s.AddSmartAdvocate(o =>
        {
            o.BaseAddress = Vendor("sa-signed-in/");
            o.Username = "api-user";
            o.Password = SmartAdvocatePassword;
            o.MaxRetryAttempts = 0;
        }),
        sp => sp.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001));

    [Fact]
    public Task MyCase_bearer_token_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "GET",
        s =>
        {
            var now = SystemClock.Instance.GetCurrentInstant();
            s.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
                new MyCaseTokens(
                    MyCaseAccessToken,
                    MyCaseRefreshToken,
                    now + Duration.FromDays(1),
                    now + Duration.FromDays(14),
                    "firm-1",
                    null)));
            s.AddMyCase(o => MyCase(o));
        },
        sp => sp.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1001"));

    [Fact]
    public Task MyCase_token_grant_never_follows_a_redirect_to_another_host() => AssertNoCredentialLeavesAsync(
        "POST",
        s => s.AddMyCase(o => MyCase(o)),
        sp => sp.GetRequiredService<MyCaseOAuthClient>().ExchangeCodeAsync("code-4471"));

    private void MyCase(MyCaseOptions o)
    {
        o.BaseAddress = Vendor("mycase/");
        o.AuthorizationServer = Vendor("mycase-auth/");
        o.ClientId = "client-1";
        o.ClientSecret = MyCaseSecret;
        o.RedirectUri = new Uri("http://127.0.0.1/mycase/callback");
        o.MaxRetryAttempts = 0;
    }

    private Uri Vendor(string path) => new(_vendorBase, path);

    private async Task AssertNoCredentialLeavesAsync(string method, Action<IServiceCollection> register, Func<IServiceProvider, Task> call)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace));
        register(services);
        await using var provider = services.BuildServiceProvider();

        var error = await Record.ExceptionAsync(() => call(provider));

        List<string> seen;
        lock (_seenElsewhere)
        {
            seen = [.. _seenElsewhere];
        }

        var leaks = (from request in seen
                     from text in CredentialHeaders.Select(h => $"\n{h}:").Concat(Secrets)
                     where request.Contains(text, StringComparison.OrdinalIgnoreCase)
                     select $"'{text.Trim()}' reached the other host in:\n{request}").ToList();
        Assert.True(leaks.Count == 0, string.Join("\n----\n", leaks));

        // The call ends in the SDK's exception, naming the endpoint and the redirect status, never where it pointed.
        var refused = Assert.IsAssignableFrom<ConnectorApiException>(error);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, refused.StatusCode);
        Assert.StartsWith(method + " ", refused.Endpoint, StringComparison.Ordinal);
        Assert.DoesNotContain(_elsewhereBase.Authority, refused.ToString(), StringComparison.Ordinal);
        Assert.Empty(seen);
    }

    private static async Task<(WebApplication App, Uri Address)> StartAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }
}
