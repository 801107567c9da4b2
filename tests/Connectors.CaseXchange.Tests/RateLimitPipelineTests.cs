using System.Net;
using System.Text;

using Connectors.Core;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.CaseXchange.Tests;

/// <summary>
/// Issue 14 point 13: the rate-limit headers through the real pipeline. A reset the SDK cannot turn into a time ends in
/// the SDK's exception; a reset longer than the attempt timeout is waited out (the wait is outside the attempt and total
/// timeouts), and the request then goes and succeeds.
/// </summary>
public sealed class RateLimitPipelineTests
{
    private const string Answer =
        """{"data": {"id": "6f1c2a1e-0000-4000-8000-000000000001", "referenceNumber": "CX-PI-00142", "status": "sent"}}""";

    [Theory]
    [InlineData("9223372036854775807")]
    [InlineData("253402300800")] // one second past 9999-12-31T23:59:59Z, as Unix seconds
    [InlineData("99999999999999999")]
    public async Task A_reset_too_far_to_be_a_time_ends_in_an_sdk_exception(string reset)
    {
        var http = new MockHttpMessageHandler();
        http.When("*").Respond(_ => Response("0", reset));
        await using var provider = Provider(http, TimeProvider.System, TimeSpan.FromSeconds(10));

        var failure = await Record.ExceptionAsync(() => provider.GetRequiredService<CaseXchangeClient>().GetSentCaseAsync("CX-PI-00142"));

        Assert.True(failure is ConnectorException, $"Expected an SDK exception, got {failure}");
    }

    [Fact]
    public async Task A_reset_longer_than_the_attempt_timeout_is_waited_out_and_the_request_succeeds()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        var http = new MockHttpMessageHandler();
        var requests = 0;
        http.When("*").Respond(_ => Interlocked.Increment(ref requests) == 1 ? Response("0", "30") : Response("99", "60"));
        await using var provider = Provider(http, time, TimeSpan.FromSeconds(2));
        var client = provider.GetRequiredService<CaseXchangeClient>();

        await client.GetSentCaseAsync("CX-PI-00142"); // the limit is spent for 30 seconds
        var start = time.GetUtcNow();
        var second = client.GetSentCaseAsync("CX-PI-00142");
        for (var step = 0; step < 120 && !second.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var failure = await Record.ExceptionAsync(() => second);
        Assert.Null(failure);
        Assert.Equal(2, requests);
        Assert.True(time.GetUtcNow() - start >= TimeSpan.FromSeconds(30), $"The second request went after {time.GetUtcNow() - start}.");
    }

    private static HttpResponseMessage Response(string remaining, string reset)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(Answer, Encoding.UTF8, "application/json"),
        };
        response.Headers.Add("X-RateLimit-Limit", "100");
        response.Headers.Add("X-RateLimit-Remaining", remaining);
        response.Headers.Add("X-RateLimit-Reset", reset);
        return response;
    }

    private static ServiceProvider Provider(MockHttpMessageHandler http, TimeProvider time, TimeSpan attemptTimeout)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri("https://casexchange.example/api/public/v1/");
            o.ApiKey = "cxp_std_ratelimit0test0key";
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = attemptTimeout;
            o.TotalTimeout = attemptTimeout;
        }).ConfigurePrimaryHttpMessageHandler(() => http);
        return services.BuildServiceProvider();
    }
}
