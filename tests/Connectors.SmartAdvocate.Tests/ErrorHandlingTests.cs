using System.Net;

using Connectors.Core.Http;
using Connectors.SmartAdvocate.Dialer;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

public class ErrorHandlingTests
{
    private const string Dialer = TestHost.Host + "/DialerAPI";

    [Fact]
    public async Task Rate_limiting_carries_the_vendors_retry_after()
    {
        using var host = new TestHost(o => o.WriteAttempts = 1);
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond(_ =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
            return response;
        });

        var error = await Assert.ThrowsAsync<ConnectorRateLimitedException>(() => host.Dialer.GetCasesToDialAsync(new DialerQuery()));

        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
    }

    [Fact]
    public async Task A_missing_case_is_not_found()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Dialer}/AddCaseNote").Respond(HttpStatusCode.NotFound);

        var error = await Assert.ThrowsAsync<ConnectorNotFoundException>(() => host.Dialer.AddCaseNoteAsync(404, "note"));

        Assert.Equal("POST /DialerAPI/AddCaseNote", error.Endpoint);
    }

    [Fact]
    public async Task The_callers_cancellation_stays_a_cancellation()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond(async () =>
        {
            await Task.Delay(5_000);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Dialer.GetCasesToDialAsync(new DialerQuery(), cancellation.Token));
    }

    [Fact]
    public async Task An_attempt_that_outlives_its_timeout_is_a_timeout()
    {
        using var host = new TestHost(o =>
            { o.AttemptTimeout = TimeSpan.FromMilliseconds(200); o.TotalTimeout = TimeSpan.FromMilliseconds(400); });
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond(async () =>
        {
            await Task.Delay(5_000);
            return new HttpResponseMessage(HttpStatusCode.OK);
        });

        // Without auto-change the call is a read: resent (WriteAttempts, 3 in all), then the timeout surfaces.
        var error = await Assert.ThrowsAsync<ConnectorTimeoutException>(() =>
            host.Dialer.GetCasesToDialAsync(new DialerQuery { AutoChange = false }));

        Assert.Equal("POST /DialerAPI/GetCasesToDial", error.Endpoint);
    }

    [Fact]
    public async Task A_note_already_marked_is_not_marked_twice()
    {
        using var host = new TestHost();
        host.Http.Expect(HttpMethod.Post, $"{Dialer}/AddCaseNote")
            .With(r => DialerClientTests.NoteBody(r, "{\"CaseID\":6,\"Note\":\"[Connectors SDK #", "] Busy\"}"))
            .Respond(HttpStatusCode.OK);

        await host.Dialer.AddCaseNoteAsync(6, "[Connectors SDK] Busy");

        host.Http.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Unreadable_attempts_read_as_zero_and_dial_times_in_the_fall_back_hour_read_leniently()
    {
        using var host = new TestHost();
        host.Http.When(HttpMethod.Post, $"{Dialer}/GetCasesToDial").Respond("application/json",
            "[{\"CaseID\":9,\"Phones\":[],\"DialerStatus\":\"To Dial\",\"Attempts\":\"n/a\"," +
            "\"DialDateTime\":\"2026-11-01T01:30:00.000\"}]");

        var dialerCase = Assert.Single(await host.Dialer.GetCasesToDialAsync(new DialerQuery()));

        Assert.Equal(0, dialerCase.Attempts);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), dialerCase.DialAt); // the earlier 01:30 (EDT)
        Assert.Null(DialerPhones.ForCall(dialerCase));
    }
}
