using System.Diagnostics;
using System.Globalization;
using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Sources;
using Connectors.Core.Windows;
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
            case "smartadvocate":
                services.AddSmartAdvocate(o => (o.BaseAddress, o.Username, o.Password, o.ClientKey) = (new Uri(args[1]), args[2], args[3], args[4]));
                break;
            default:
                services.AddCaseXchange(o => (o.Environment, o.BaseAddress, o.ApiKey, o.PageSize) = (CaseXchangeEnvironment.Custom, new Uri(args[1]), args[2], 100));
                break;
        }

        await using var provider = services.BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        long count = 0, checksum = 0;
        if (connector == "casexchange")
        {
            await foreach (var sent in provider.GetRequiredService<CaseXchangeClient>().ReadSentCasesAsync())
            {
                count++;
                checksum += CaseXchangeMapper.ToSentCase(sent).ReferenceNumber.Length;
            }
        }
        else
        {
            var source = connector == "casepeer" ? (ICaseSource)provider.GetRequiredService<CasePeerCaseSource>() : provider.GetRequiredService<SmartAdvocateCaseSource>();
            await foreach (var item in source.ReadCasesAsync(SyncWindow.Unbounded))
            {
                count++;
                checksum += item.Key.SourceId.Length;
            }
        }

        clock.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} {checksum} {self.PeakWorkingSet64} {clock.Elapsed.TotalSeconds:F2}"));
        return 0;
    }
}
