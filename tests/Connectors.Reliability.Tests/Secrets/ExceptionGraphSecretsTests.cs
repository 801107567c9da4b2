using System.Net;
using System.Text;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core;
using Connectors.Core.Http;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>
/// Issue 14 point 5: an exception the SDK throws carries no credential and no client data anywhere in its object graph.
/// Each connector meets a 401, a 500, a timeout, a malformed body and a dropped connection (MockHttp as the network,
/// through the real DI pipeline); the exception's whole graph is walked by reflection (<see cref="ObjectGraphText"/>):
/// inner exceptions, <c>Data</c>, any request or response message with its headers and content, every field. No API
/// key, token, password, client secret, client name or phone may appear.
/// </summary>
public sealed class ExceptionGraphSecretsTests(ITestOutputHelper output)
{
    private const string CasePeerKey = "cp-key-2e8c41d9";
    private const string CaseXchangeKey = "cxp_full_7d1e44b0a9";
    private const string DialerKey = "sa-client-key-0b7e55";
    private const string Password = "sa-password-91c3f2";
    private const string SmartAdvocateToken = "sa-token-4d8a0e61";
    private const string ClientSecret = "mc-secret-6a2f7c";
    private const string AccessToken = "mc-access-5b1d93";
    private const string RefreshToken = "mc-refresh-c07a28";
    private const string NewAccessToken = "mc-access-new-81fe02";
    private const string NewRefreshToken = "mc-refresh-new-3a9b47";

    private static readonly string[] Secrets =
        [
            CasePeerKey,
            CaseXchangeKey,
            DialerKey,
            Password,
            SmartAdvocateToken,
            ClientSecret,
            AccessToken,
            RefreshToken,
            NewAccessToken,
            NewRefreshToken,
        ];

    private static readonly string[] ClientData = ["Zelphira", "Quintavius-Marsh", "(402) 555-0199", "4025550199", "555-0199"];

    // What a vendor might echo in an error answer: its own short message, and the record it refused, with client data.
    private const string ErrorBody = """
        {"message": "Request failed", "detail": "Request failed", "title": "Request failed",
         "errors": [{"description": "Request failed"}], "error": {"code": "FAILED", "message": "Request failed"},
         "record": {"client_first_name": "Zelphira", "client_last_name": "Quintavius-Marsh", "phone": "(402) 555-0199",
                    "digits": "4025550199"}}
        """;

    // Cut off in the middle of a record that holds client data.
    private const string MalformedBody = """{"data": {"id": 1001, "client_first_name": "Zelphira",""" +
        """ "client_last_name": "Quintavius-Marsh", "phone": "(402) 555-0199", "ca""";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var connector in new[] { "CasePeer", "CaseXchange", "MyCase", "SmartAdvocateCaseSync", "SmartAdvocateDialer" })
        {
            foreach (var failure in new[] { "401", "500", "timeout", "malformed", "dropped" })
            {
                data.Add(connector, failure);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Exception_graph_holds_no_credential_or_client_data(string connector, string failure)
    {
        using var network = new MockHttpMessageHandler();
        // Sign-ins and token refreshes succeed, so that the failure is the API call's own.
        network.When(HttpMethod.Post, "*/CaseSyncAPI/Users/authenticate")
            .Respond("application/json", $$"""{"token": "{{SmartAdvocateToken}}"}""");
        network.When(HttpMethod.Post, "https://auth.mycase.test/tokens")
            .Respond(
                "application/json",
                $$"""{"access_token": "{{NewAccessToken}}", "refresh_token": "{{NewRefreshToken}}", "token_type": "Bearer",""" +
                """ "expires_in": 86400}""");
        var answer = network.When("*");
        _ = failure switch
        {
            "401" => answer.Respond(HttpStatusCode.Unauthorized, "application/json", ErrorBody),
            "500" => answer.Respond(HttpStatusCode.InternalServerError, "application/json", ErrorBody),
            "timeout" => answer.Respond(new NeverAnswers()),
            "dropped" => answer.Respond(new DropsTheConnection()),
            _ => answer.Respond(HttpStatusCode.OK, "application/json", MalformedBody),
        };

        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => network));
        var call = Register(services, connector, network, failure == "timeout");
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAnyAsync<ConnectorException>(() => call(provider));
        // The failure provoked is the one reported (so the walk below looks at the right exception).
        switch (failure)
        {
            case "401":
                Assert.IsType<ConnectorAuthenticationException>(error);
                break;
            case "500":
                Assert.Equal(HttpStatusCode.InternalServerError, Assert.IsAssignableFrom<ConnectorApiException>(error).StatusCode);
                break;
            case "timeout":
                Assert.IsType<ConnectorTimeoutException>(error);
                break;
            case "dropped":
                Assert.Null(Assert.IsAssignableFrom<ConnectorApiException>(error).StatusCode);
                break;
            default:
                Assert.IsType<ConnectorResponseFormatException>(error);
                break;
        }

        var texts = ObjectGraphText.Of(error);
        var leaks = (from needle in Secrets.Concat(ClientData)
                     from text in texts
                     where text.Contains(needle, StringComparison.Ordinal)
                     select $"'{needle}' in {error.GetType().Name}'s graph: {(text.Length > 400 ? text[..400] : text)}")
            .Distinct()
            .Take(5)
            .ToList();
        output.WriteLine($"{connector} {failure}: {error.GetType().Name} ({error.Message}); {texts.Count} texts walked.");
        Assert.True(leaks.Count == 0, string.Join("\n----\n", leaks));
    }

    private static Func<IServiceProvider, Task> Register(
        IServiceCollection services,
        string connector,
        MockHttpMessageHandler network,
        bool shortTimeout)
    {
        // Short only where the timeout is the failure: a busy machine must not turn a 401's refresh into a timeout.
        var attempt = shortTimeout ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(5);
        var total = TimeSpan.FromSeconds(10);
        switch (connector)
        {
            case "CasePeer":
                services.AddCasePeer(o =>
                {
                    o.BaseAddress = new Uri("https://api.casepeer.test/");
                    o.ApiKey = CasePeerKey;
                    o.MaxRetryAttempts = 0;
                    o.AttemptTimeout = attempt;
                    o.TotalTimeout = total;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1001");
            case "CaseXchange":
                services.AddCaseXchange(o =>
                {
                    o.Environment = CaseXchangeEnvironment.Custom;
                    o.BaseAddress = new Uri("https://api.casexchange.test/api/public/v1/");
                    o.ApiKey = CaseXchangeKey;
                    o.MaxRetryAttempts = 0;
                    o.AttemptTimeout = attempt;
                    o.TotalTimeout = total;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
            case "MyCase":
                var now = SystemClock.Instance.GetCurrentInstant();
                services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
                    new MyCaseTokens(
                        AccessToken,
                        RefreshToken,
                        now + Duration.FromHours(20),
                        now + Duration.FromDays(13),
                        "firm-1",
                        "cases")));
                services.AddMyCase(o =>
                {
                    o.BaseAddress = new Uri("https://api.mycase.test/");
                    o.AuthorizationServer = new Uri("https://auth.mycase.test/");
                    o.ClientId = "client-1";
                    o.ClientSecret = ClientSecret;
                    o.RedirectUri = new Uri("https://platform.example/mycase/callback");
                    o.MaxRetryAttempts = 0;
                    o.AttemptTimeout = attempt;
                    o.TotalTimeout = total;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1001");
            case "SmartAdvocateCaseSync":
                Network(services.AddSmartAdvocate(o => SmartAdvocate(o, attempt, total)), network);
                return sp => sp.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001);
            default:
                Network(services.AddSmartAdvocate(o => SmartAdvocate(o, attempt, total)), network);
                return sp => sp.GetRequiredService<SmartAdvocateDialerClient>()
                    .GetCasesToDialAsync(new DialerQuery { Campaign = "Intake", Records = 1, AutoChange = false });
        }
    }

    private static void Network(IHttpClientBuilder builders, MockHttpMessageHandler network)
    {
        foreach (var builder in new[] { builders, builders.SmartAdvocateDialer(), builders.SmartAdvocateSignIn() })
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => network);
        }
    }

    private static void SmartAdvocate(SmartAdvocateOptions o, TimeSpan attempt, TimeSpan total)
    {
        o.BaseAddress = new Uri("https://firm.smartadvocate.test/");
        o.Username = "api-user";
        o.Password = Password;
        o.ClientKey = DialerKey;
        o.MaxRetryAttempts = 0;
        o.WriteAttempts = 1;
        o.AttemptTimeout = attempt;
        o.TotalTimeout = total;
    }

    /// <summary>A connection that drops mid-request, as a transport failure looks (an IOException inside).</summary>
    private sealed class DropsTheConnection : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(
                HttpRequestError.ResponseEnded,
                "The response ended prematurely.",
                new IOException("Connection reset by peer."));
    }

    /// <summary>A server that takes the request and never answers, until the caller gives up.</summary>
    private sealed class NeverAnswers : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        }
    }
}
