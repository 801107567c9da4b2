using System.Net;

using Connectors.Core.Http;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;

using NodaTime;

namespace Connectors.IntegrationTests.MyCase;

[Collection(MyCaseSerialTests.Name)]
public class MyCaseAuthenticationTests
{
    [Fact]
    public async Task An_access_token_that_expires_mid_sync_is_refreshed_once_and_the_sync_completes()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var before = await harness.Get<IMyCaseTokenStore>().GetAsync(default);

        var read = 0;
        await foreach (var _ in harness.Get<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            if (++read == 30)
            {
                harness.Clock.Advance(Duration.FromHours(25)); // between page 2 and page 3
            }
        }

        var after = await harness.Get<IMyCaseTokenStore>().GetAsync(default);
        Assert.Equal(harness.Vendor.Cases.Count, read);
        Assert.Equal(1, harness.Vendor.Refreshes);
        Assert.NotEqual(before!.RefreshToken, after!.RefreshToken); // rotated and saved
        Assert.Equal(before.FirmUuid, after.FirmUuid);               // the refresh answer has no firm_uuid: kept
    }

    [Fact]
    public async Task A_401_gets_one_refresh_and_one_replay()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();

        var read = 0;
        await foreach (var _ in harness.Get<MyCaseCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            if (++read == 30)
            {
                harness.Vendor.RevokeAccessTokens(); // MyCase stops accepting the token before its expiry
            }
        }

        Assert.Equal(harness.Vendor.Cases.Count, read);
        Assert.Equal(1, harness.Vendor.Refreshes);
        Assert.Equal(6, harness.Vendor.Requests.Count(r => r.Path == "/v1/cases")); // 5 pages and the one replay
    }

    [Fact]
    public async Task A_rotated_refresh_token_used_twice_fails_cleanly_asking_to_reauthorize()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        var store = harness.Get<IMyCaseTokenStore>();
        var stale = (await store.GetAsync(default))!;
        harness.Clock.Advance(Duration.FromHours(25));
        await harness.Get<MyCaseFirmCatalog>().ReadFirmAsync(); // refreshes: the refresh token in 'stale' is now used

        // A second copy of the old tokens (another process, a restored backup) tries the used refresh token again.
        await store.SaveAsync(stale, default);
        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => harness.Get<MyCaseFirmCatalog>().ReadFirmAsync());

        Assert.Equal(1, harness.Vendor.Refreshes);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("invalid_grant", error.VendorErrorCode);
        Assert.Contains("authorized again", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(stale.RefreshToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Vendor.Options.ClientSecret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_authorization_a_read_asks_for_one()
    {
        await using var harness = await MyCaseHarness.StartAsync();

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => harness.Get<MyCaseFirmCatalog>().ReadFirmAsync());

        Assert.Contains("BuildAuthorizeUri", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Vendor.Requests);
    }

    [Fact]
    public async Task When_the_firm_revokes_access_the_401_and_the_refused_refresh_ask_to_reauthorize()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Vendor.RevokeAuthorization(); // the firm removed the app in MyCase: every token is refused

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => harness.Get<MyCaseFirmCatalog>().ReadFirmAsync());

        Assert.Equal("invalid_grant", error.VendorErrorCode);
        Assert.Contains("authorized again", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Vendor.Requests, r => r.Path == "/v1/firm"); // the 401 was not replayed without a new token
    }

    [Fact]
    public async Task Concurrent_requests_with_an_expired_token_spend_the_single_use_refresh_token_once()
    {
        await using var harness = await MyCaseHarness.StartAsync();
        await harness.AuthorizeAsync();
        harness.Clock.Advance(Duration.FromHours(25));
        var catalog = harness.Get<MyCaseFirmCatalog>();

        var firms = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => catalog.ReadFirmAsync())));

        Assert.Equal(1, harness.Vendor.Refreshes);
        Assert.All(firms, f => Assert.Equal("Sandbox Law Firm", f.Name));
    }
}
