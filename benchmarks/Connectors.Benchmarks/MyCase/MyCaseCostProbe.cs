using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

using Connectors.MyCase;
using Connectors.MyCase.Http;
using Connectors.MyCase.Models;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// Where the SDK's client-side time and bytes per case go, stage by stage, on one 1000-case page held in memory (no
/// HTTP, no sandbox in the figures): the raw baseline's deserialization, the public wire model's (record by record
/// for tolerance), the sync's page check and per-case read, the mapping to <c>SourceCase</c>, and the phone parse
/// inside it. Eight rounds; the first ones include the JIT.
/// </summary>
internal static class MyCaseCostProbe
{
    public const string Verb = "mycase-costs";

    private const int Repeats = 20;

    public static async Task<int> RunAsync()
    {
        await using var bench = await MyCaseBench.StartAsync(1000, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue);
        using var http = new HttpClient { BaseAddress = bench.ApiBase };
        http.DefaultRequestHeaders.Authorization = new("Bearer", bench.AccessToken);
        var clientFields = $"{Uri.EscapeDataString("field[client]")}={Uri.EscapeDataString(MyCaseMapper.ClientFields)}";
        var page = await http.GetByteArrayAsync($"v1/cases?page_size=1000&{clientFields}");
        var cases = JsonSerializer.Deserialize(page, MyCaseJsonContext.Default.IReadOnlyListMyCaseCase)!;
        var mapped = cases.Select(MyCaseMappedCase.From).ToList();
        Console.WriteLine("| Round | Raw deserialize | public model list converter | SDK page check | SDK page check and read | SDK " +
            "mapping | of which phone parse |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var round = 1; round <= 8; round++)
        {
            var raw = Measure(cases.Count, () => JsonSerializer.Deserialize(page, RawJsonContext.Default.ListRawCase));
            var sdk = Measure(cases.Count, () => JsonSerializer.Deserialize(page, MyCaseJsonContext.Default.IReadOnlyListMyCaseCase));
            var check = Measure(cases.Count, () => MyCaseCaseRecords.Open(Body(page), int.MaxValue).Dispose());
            var records = Measure(cases.Count, () =>
            {
                using var read = MyCaseCaseRecords.Open(Body(page), int.MaxValue);
                while (read.TryRead(out _))
                {
                }
            });
            var map = Measure(cases.Count, () =>
            {
                foreach (var item in mapped)
                {
                    _ = MyCaseMapper.ToSourceCase(item, MyCaseMapper.PrimaryClient(item), "lead@example.com");
                }
            });
            var phones = Measure(cases.Count, () =>
            {
                foreach (var item in mapped)
                {
                    if (MyCaseMapper.PrimaryClient(item)?.CellPhoneNumber is { } phone)
                    {
                        _ = Core.Model.PhoneNumber.Parse(phone);
                    }
                }
            });
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {round} | {raw} | {sdk} | {check} | {records} | {map} | {phones} |"));
        }

        return 0;
    }

    // The sync's page buffer, filled from memory (no I/O wait).
    private static PooledBody Body(byte[] page) =>
        PooledBody.ReadAsync(new MemoryStream(page), page.Length, CancellationToken.None).GetAwaiter().GetResult();

    private static string Measure(int perRound, Action work)
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Repeats; i++)
        {
            work();
        }

        var cases = (double)perRound * Repeats;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{clock.Elapsed.TotalMicroseconds / cases:F2} us, {(GC.GetAllocatedBytesForCurrentThread() - bytes) / cases:F0} B");
    }
}
