using System.Net.Http.Headers;

using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.Sandbox.MyCase;

using Xunit.Abstractions;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// Issue 14 point 12: the default byte cap of a page is measured against the largest real page, MyCase's 1000 cases with
/// their clients, as the sandbox serves it over loopback; the default must stay several times larger, and such a page
/// must read through the connector under it.
/// </summary>
public sealed class MyCasePageBytesTests(ITestOutputHelper output)
{
    private const int Headroom = 8;

    [Fact]
    public async Task The_default_page_cap_is_several_times_a_1000_case_page()
    {
        await using var harness = await MyCaseHarness.StartAsync(new MyCaseSandboxOptions { Cases = 1000 }, o => o.PageSize = 1000);
        await harness.AuthorizeAsync();
        var tokens = await harness.Get<IMyCaseTokenStore>().GetAsync(default);
        using var client = new HttpClient { BaseAddress = harness.ApiBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens!.AccessToken);

        var page = await client.GetByteArrayAsync(
            "v1/cases?page_size=1000&field%5Bclient%5D=id,first_name,middle_name,last_name,email,cell_phone_number");
        var cap = new MyCaseOptions().MaxPageBytes;
        output.WriteLine(
            $"A 1000-case page of the sandbox: {page.Length:N0} bytes; default MyCase:MaxPageBytes {cap:N0} " +
            $"({(double)cap / page.Length:F1}x).");

        Assert.True(cap >= Headroom * page.Length, $"MaxPageBytes {cap} is less than {Headroom}x a 1000-case page ({page.Length} bytes).");
        var read = 0;
        await foreach (var _ in harness.Get<MyCaseCaseSource>().ReadCasesAsync(Core.Windows.SyncWindow.Unbounded))
        {
            read++;
        }

        Assert.Equal(1000, read);
    }
}
