using System.Net;

using Connectors.MyCase.Authentication;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>
/// A refresh that a caller gave up on still completes and is saved, and while it is under way nobody else spends the
/// same single-use refresh token (single flight holds across a cancelled caller).
/// </summary>
public sealed class MyCaseRefreshCompletionTests : IDisposable
{
    private const string Api = "https://external-integrations.mycase.com";
    private const string Auth = "https://auth.mycase.com";
    private const string TokenAnswer =
        """{"access_token": "access-2", "token_type": "Bearer", "scope": "cases", "refresh_token": "refresh-2", "expires_in": 86400}""";
    private static readonly Instant Now = AuthorizedMyCase.Now;
    private readonly AuthorizedMyCase _mycase = new(accessTokenDue: true);

    public void Dispose() => _mycase.Dispose();

    [Fact]
    public async Task A_caller_that_gives_up_mid_refresh_leaves_the_refresh_to_finish_and_the_next_caller_waits_for_it()
    {
        var answer = new TaskCompletionSource();
        var refreshes = 0;
        _mycase.Http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(async () =>
        {
            Interlocked.Increment(ref refreshes);
            await answer.Task; // MyCase has rotated the pair; its answer is on the way
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                TokenAnswer,
                System.Text.Encoding.UTF8,
                "application/json")
            };
        });
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2")
            .Respond("application/json", """{"name": "Firm"}""");
        var catalog = _mycase.Services.GetRequiredService<MyCaseFirmCatalog>();

        using var caller = new CancellationTokenSource();
        var first = catalog.ReadFirmAsync(caller.Token);
        while (Volatile.Read(ref refreshes) == 0)
        {
            await Task.Delay(5);
        }

        await caller.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var second = catalog.ReadFirmAsync(); // arrives while the refresh is still under way
        answer.SetResult();

        Assert.Equal("Firm", (await second).Name);
        Assert.Equal(1, refreshes);
        Assert.Equal("refresh-2", (await _mycase.Store.GetAsync(default))!.RefreshToken);
    }

    [Fact]
    public async Task A_failed_refresh_is_the_answer_for_every_caller_that_waited_for_it_and_the_next_caller_tries_again()
    {
        var answer = new TaskCompletionSource();
        var refreshes = 0;
        _mycase.Http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(async () =>
        {
            if (Interlocked.Increment(ref refreshes) == 1)
            {
                await answer.Task;
                return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
            }

            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                TokenAnswer,
                System.Text.Encoding.UTF8,
                "application/json")
            };
        });
        _mycase.Http.When(HttpMethod.Get, $"{Api}/v1/firm").WithHeaders("Authorization", "Bearer access-2")
            .Respond("application/json", """{"name": "Firm"}""");
        var catalog = _mycase.Services.GetRequiredService<MyCaseFirmCatalog>();

        var first = catalog.ReadFirmAsync();
        while (Volatile.Read(ref refreshes) == 0)
        {
            await Task.Delay(5);
        }

        var second = catalog.ReadFirmAsync(); // waits for the refresh under way
        answer.SetResult();

        await Assert.ThrowsAsync<Connectors.Core.Http.ConnectorApiException>(() => first);
        await Assert.ThrowsAsync<Connectors.Core.Http.ConnectorApiException>(() => second);
        Assert.Equal(1, refreshes);
        Assert.Equal("Firm", (await catalog.ReadFirmAsync()).Name);
        Assert.Equal(2, refreshes);
    }
}
