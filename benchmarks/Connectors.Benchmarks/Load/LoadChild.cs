using System.Diagnostics;
using System.Globalization;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.Load;

/// <summary>
/// The measured process: reads every case through the SDK (paging, auth, resilience, mapping), keeping only a count
/// and a checksum, then prints its peak working set. The sandbox runs in the parent, so its memory is not counted.
/// </summary>
internal static class LoadChild
{
    public const string Verb = "load-child";

    public static async Task<int> RunAsync(string[] args)
    {
        var connector = args[0];
        var services = new ServiceCollection();
        switch (connector)
        {
            case "casepeer":
                services.AddCasePeer(o => (o.BaseAddress, o.ApiKey, o.PageSize) = (new Uri(args[1]), args[2], 100));
                break;
            case "mycase":
                services.AddMyCase(o =>
                {
                    (
                        o.BaseAddress,
                        o.ClientId,
                        o.ClientSecret,
                        o.RedirectUri,
                        o.PageSize) = (new Uri(args[1]), args[2], args[3], new Uri(args[4]), 1000);
                    o.AuthorizationServer = new Uri(new Uri(args[1]), "auth/");
                });
                break;
            case "smartadvocate":
                services.AddSmartAdvocate(o => (
                    o.BaseAddress,
                    o.Username,
                    o.Password,
                    o.ClientKey) = (new Uri(args[1]), args[2], args[3], args[4]));
                break;
            default:
                services.AddCaseXchange(o => (o.Environment, o.BaseAddress, o.ApiKey, o.PageSize) = (
                    CaseXchangeEnvironment.Custom,
                    new Uri(args[1]),
                    args[2],
                    100));
                break;
        }

        await using var provider = services.BuildServiceProvider();
        if (connector == "mycase")
        {
            await AuthorizeMyCaseAsync(provider.GetRequiredService<Connectors.MyCase.Authentication.MyCaseOAuthClient>());
        }

        var clock = Stopwatch.StartNew();
        long count = 0, checksum = 0;
        if (connector == "casexchange")
        {
            await foreach (var sent in provider.GetRequiredService<CaseXchangeClient>().ReadSentCasesAsync())
            {
                count++;
                checksum += (sent.ReferenceNumber ?? sent.Id).Length; // the reference number the plans key on
            }
        }
        else
        {
            ICaseSource source = connector switch
            {
                "casepeer" => provider.GetRequiredService<CasePeerCaseSource>(),
                "mycase" => provider.GetRequiredService<Connectors.MyCase.MyCaseCaseSource>(),
                _ => provider.GetRequiredService<SmartAdvocateCaseSource>(),
            };
            await foreach (var item in source.ReadCasesAsync(SyncWindow.Unbounded))
            {
                count++;
                checksum += item.Key.SourceId.Length;
            }
        }

        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count} {checksum} {self.PeakWorkingSet64} {clock.Elapsed.TotalSeconds:F2}"));
        return 0;
    }

    // The sandbox's login page redirects straight back with a code, so a plain HttpClient plays the browser.
    internal static async Task AuthorizeMyCaseAsync(Connectors.MyCase.Authentication.MyCaseOAuthClient oauth)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browser = new HttpClient(handler);
        using var login = await browser.GetAsync(oauth.BuildAuthorizeUri("load"));
        await oauth.CompleteAuthorizationAsync(login.Headers.Location!, "load");
    }
}
