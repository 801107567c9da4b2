using Connectors.MyCase;
using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// A refresh token is single use: once MyCase has answered a refresh, the old token is spent. Whatever happens to the
/// caller afterwards, the new pair must reach the store, or the firm has to authorize again.
/// </summary>
[Collection(MyCaseSerialTests.Name)]
public class MyCaseRefreshCompletionTests
{
    // The name AddMyCase gives the authorization server's HTTP client.
    private const string AuthClientName = "Connectors.MyCase.Authentication";

    [Fact]
    public async Task A_refresh_whose_caller_gave_up_after_MyCase_answered_is_saved_and_the_next_call_needs_no_new_authorization()
    {
        var onAnswer = new CancelOnTokenAnswer();
        await using var harness = await MyCaseHarness.StartAsync(
            options: new()
            {
                Register = services =>
                    services.AddHttpClient(AuthClientName).AddHttpMessageHandler(() => new CancelOnTokenAnswerHandler(onAnswer)),
            });
        await harness.AuthorizeAsync();
        var store = harness.Get<IMyCaseTokenStore>();
        var before = (await store.GetAsync(default))!;
        harness.Clock.Advance(Duration.FromHours(25)); // the access token expired: the next call refreshes

        using (var caller = new CancellationTokenSource())
        {
            onAnswer.Arm(caller); // the caller gives up the moment MyCase's refresh answer arrives
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Get<MyCaseFirmCatalog>().ReadFirmAsync(caller.Token));
        }

        var firm = await harness.Get<MyCaseFirmCatalog>().ReadFirmAsync();

        Assert.Equal("Sandbox Law Firm", firm.Name);
        Assert.Equal(1, harness.Vendor.Refreshes); // the rotated pair was kept: no second refresh, no re-authorization
        var after = (await store.GetAsync(default))!;
        Assert.NotEqual(before.RefreshToken, after.RefreshToken);
    }

    [Fact]
    public async Task A_refresh_answered_after_the_attempt_timeout_still_completes_under_its_own_timeout()
    {
        var slowness = new TokenAnswerDelay();
        await using var harness = await MyCaseHarness.StartAsync(
            configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300),
            options: new()
            {
                Register = services =>
                    services.AddHttpClient(AuthClientName).AddHttpMessageHandler(() => new SlowTokenAnswerHandler(slowness)),
            });
        await harness.AuthorizeAsync();
        harness.Clock.Advance(Duration.FromHours(25));
        slowness.Delay = TimeSpan.FromMilliseconds(900); // MyCase rotates the pair at once but its answer arrives late

        var firm = await harness.Get<MyCaseFirmCatalog>().ReadFirmAsync();

        Assert.Equal("Sandbox Law Firm", firm.Name);
        Assert.Equal(1, harness.Vendor.Refreshes);
    }

    /// <summary>Cancels the armed caller's token when a token answer passes by.</summary>
    private sealed class CancelOnTokenAnswer
    {
        private CancellationTokenSource? _caller;

        public void Arm(CancellationTokenSource caller) => Volatile.Write(ref _caller, caller);

        public void Answered() => Interlocked.Exchange(ref _caller, null)?.Cancel();
    }

    private sealed class CancelOnTokenAnswerHandler(CancelOnTokenAnswer onAnswer) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            onAnswer.Answered();
            return response;
        }
    }

    private sealed class TokenAnswerDelay
    {
        public TimeSpan Delay { get; set; }
    }

    /// <summary>MyCase has rotated the tokens, but its answer is slow to arrive.</summary>
    private sealed class SlowTokenAnswerHandler(TokenAnswerDelay slowness) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await Task.Delay(slowness.Delay, cancellationToken);
            return response;
        }
    }
}
