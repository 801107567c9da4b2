using System.Diagnostics;
using System.Globalization;
using System.Net;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Http;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>
/// Issue 14 point 13: <c>Retry-After</c> in both of its forms (delta seconds and HTTP-date) is honoured by every connector:
/// the retry waits for it, and when no retry is left the <see cref="ConnectorRateLimitedException"/> reports it.
/// </summary>
public sealed class RetryAfterTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var connector in new[] { "CasePeer", "CaseXchange", "MyCase", "SmartAdvocate" })
        {
            data.Add(connector, "seconds");
            data.Add(connector, "date");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Rate_limited_exception_reports_the_retry_after_in_either_form(string connector, string form)
    {
        using var network = Network();
        network.When("*").Respond(_ => RateLimited(form, TimeSpan.FromSeconds(120)));
        await using var provider = Connect(connector, network, retries: 0);

        var error = await Assert.ThrowsAsync<ConnectorRateLimitedException>(() => Call(connector, provider));

        Assert.NotNull(error.RetryAfter);
        // An HTTP-date has whole seconds and was written a moment ago.
        Assert.InRange(error.RetryAfter.Value, TimeSpan.FromSeconds(115), TimeSpan.FromSeconds(120));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Retry_waits_for_the_retry_after_in_either_form(string connector, string form)
    {
        using var network = Network();
        var answered = false;
        network.When("*").Respond(_ =>
        {
            if (!answered)
            {
                answered = true;
                return RateLimited(form, TimeSpan.FromSeconds(2));
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                Body(connector),
                System.Text.Encoding.UTF8,
                "application/json")
            };
        });
        await using var provider = Connect(connector, network, retries: 1);

        var watch = Stopwatch.StartNew();
        await Call(connector, provider);

        // The retry delay is zero in these options: only Retry-After can make the retry wait (an HTTP-date rounds down).
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), $"The retry came after {watch.Elapsed}.");
    }

    // SmartAdvocate's sign-in answers first, so that the rate limit is the API call's own.
    private static MockHttpMessageHandler Network()
    {
        var network = new MockHttpMessageHandler();
        network.When(HttpMethod.Post, "*/CaseSyncAPI/Users/authenticate").Respond("application/json", """{"token": "sa-token"}""");
        return network;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_retry_after_beyond_the_total_timeout_is_reported_at_once_not_waited_for(string connector, string form)
    {
        using var network = Network();
        network.When("*").Respond(_ => RateLimited(form, TimeSpan.FromDays(20_000)));
        await using var provider = Connect(connector, network, retries: 3);

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ConnectorRateLimitedException>(() => Call(connector, provider));

        Assert.True(error.RetryAfter > TimeSpan.FromDays(19_000), $"RetryAfter was {error.RetryAfter}.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"The call took {watch.Elapsed}.");
    }

    private static HttpResponseMessage RateLimited(string form, TimeSpan after)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            Content = new StringContent(
            "{}",
            System.Text.Encoding.UTF8,
            "application/json")
        };
        var value = form == "seconds"
            ? ((long)after.TotalSeconds).ToString(CultureInfo.InvariantCulture)
            : (DateTimeOffset.UtcNow + after).ToString("r", CultureInfo.InvariantCulture);
        response.Headers.TryAddWithoutValidation("Retry-After", value);
        return response;
    }

    private static string Body(string connector) => connector switch
    {
        "CaseXchange" => """{"data": {"id": "firm-1", "name": "Firm"}}""",
        "SmartAdvocate" => "[]",
        _ => """{"id": 1001}""",
    };

    private static Task Call(string connector, IServiceProvider provider) => connector switch
    {
        "CasePeer" => provider.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1001"),
        "CaseXchange" => provider.GetRequiredService<CaseXchangeClient>().CheckKeyAsync(),
        "MyCase" => provider.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1001"),
        _ => provider.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001),
    };

    private static ServiceProvider Connect(string connector, MockHttpMessageHandler network, int retries)
    {
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => network));
        switch (connector)
        {
            case "CasePeer":
                services.AddCasePeer(o =>
                {
                    o.BaseAddress = new Uri("https://api.casepeer.test/");
                    o.ApiKey = "cp-key";
                    o.MaxRetryAttempts = retries;
                    o.RetryBaseDelay = TimeSpan.Zero;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                break;
            case "CaseXchange":
                services.AddCaseXchange(o =>
                {
                    o.Environment = CaseXchangeEnvironment.Custom;
                    o.BaseAddress = new Uri("https://api.casexchange.test/api/public/v1/");
                    o.ApiKey = "cxp_full_0123456789";
                    o.MaxRetryAttempts = retries;
                    o.RetryBaseDelay = TimeSpan.Zero;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                break;
            case "MyCase":
                var now = SystemClock.Instance.GetCurrentInstant();
                services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
                    new MyCaseTokens("access", "refresh", now + Duration.FromHours(20), now + Duration.FromDays(13), "firm-1", "cases")));
                services.AddMyCase(o =>
                {
                    o.BaseAddress = new Uri("https://api.mycase.test/");
                    o.AuthorizationServer = new Uri("https://auth.mycase.test/");
                    o.ClientId = "client-1";
                    o.ClientSecret = "secret";
                    o.RedirectUri = new Uri("https://platform.example/mycase/callback");
                    o.MaxRetryAttempts = retries;
                    o.RetryBaseDelay = TimeSpan.Zero;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                break;
            default:
                var builders = services.AddSmartAdvocate(o =>
                {
                    o.BaseAddress = new Uri("https://firm.smartadvocate.test/");
                    o.Username = "api-user";
                    o.Password = "password";
                    o.MaxRetryAttempts = retries;
                    o.RetryBaseDelay = TimeSpan.Zero;
                });
                builders.ConfigurePrimaryHttpMessageHandler(() => network);
                builders.SmartAdvocateSignIn().ConfigurePrimaryHttpMessageHandler(() => network);
                break;
        }

        return services.BuildServiceProvider();
    }
}
