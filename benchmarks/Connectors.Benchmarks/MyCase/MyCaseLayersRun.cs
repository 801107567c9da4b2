using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Http;

using Microsoft.Extensions.DependencyInjection;

using Refit;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// Where the SDK's time over the raw baseline goes, layer by layer: the same 100,000 cases read six ways in turn. The
/// first three add one layer each (the SDK's wire model and tolerant list, then its handler pipeline); the two Refit
/// columns show what reading case pages through Refit costs (pages only, as the SDK did before it streamed them); the
/// last is the SDK itself. Process-wide allocations, sandbox included (as in
/// <see cref="MyCasePairedRun"/>), so the differences between columns are what each layer adds.
/// </summary>
internal static class MyCaseLayersRun
{
    public const string Verb = "mycase-layers";

    private static readonly string Query =
        $"page_size=1000&{Uri.EscapeDataString("field[client]")}={Uri.EscapeDataString(MyCaseMapper.ClientFields)}";

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        await using var bench = await MyCaseBench.StartAsync(100_000, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue);
        using var raw = new RawMyCaseReader(bench.ApiBase, bench.AccessToken);
        using var plain = new HttpClient { BaseAddress = bench.ApiBase };
        plain.DefaultRequestHeaders.Authorization = new("Bearer", bench.AccessToken);
        var pipeline = bench.Services.GetRequiredService<IHttpClientFactory>().CreateClient(MyCaseSettings.ApiClientNameFor(null));
        var refitOverPlain = RestService.For<IMyCaseApi>(
            plain,
            new RefitSettings(new SystemTextJsonContentSerializer(MyCaseJsonContext.Default.Options)));
        var refitOverPipeline = bench.Services.GetRequiredService<IMyCaseApi>();
        var source = bench.Services.GetRequiredService<MyCaseCaseSource>();

        (string Name, Func<Task<long>> Read)[] layers =
        [
            ("raw (baseline)", () => raw.ReadAllAsync(1000, deserialize: true, CancellationToken.None)),
            ("+ SDK wire model and tolerant list", () => ReadWithClientAsync(plain)),
            ("+ handler pipeline", () => ReadWithClientAsync(pipeline)),
            ("Refit, without the pipeline", () => MyCaseBench.CountAsync(PagesThrough(refitOverPlain))),
            ("Refit, pipeline, Paginator", () => MyCaseBench.CountAsync(PagesThrough(refitOverPipeline))),
            (
                "the SDK: streamed pages, pipeline, Paginator, mapping",
                () => MyCaseBench.CountAsync(source.ReadCasesAsync(SyncWindow.Unbounded))),
        ];

        Console.WriteLine("| Round | " + string.Join(" | ", layers.Select(l => l.Name)) + " |");
        Console.WriteLine("|---:|" + string.Concat(layers.Select(_ => "---:|")));
        for (var round = 1; round <= rounds; round++)
        {
            var cells = new List<string>();
            foreach (var (_, read) in layers)
            {
                GC.Collect();
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                await read();
                cells.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{clock.Elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0:F0} MB"));
            }

            Console.WriteLine($"| {round} | {string.Join(" | ", cells)} |");
        }

        return 0;
    }

    private static IAsyncEnumerable<Connectors.MyCase.Models.MyCaseCase> PagesThrough(IMyCaseApi api) =>
        MyCasePaging.ReadAllAsync(
            "GET /v1/cases",
            (token, ct) => api.ListCasesAsync(1000, null, null, MyCaseMapper.ClientFields, token, ct),
            null,
            CancellationToken.None);


    private static async Task<long> ReadWithClientAsync(HttpClient client)
    {
        long count = 0;
        string? url = $"v1/cases?{Query}";
        while (url is not null)
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var stream = await response.Content.ReadAsStreamAsync();
            await using (stream)
            {
                count += (await JsonSerializer.DeserializeAsync(stream, MyCaseJsonContext.Default.IReadOnlyListMyCaseCase))!.Count;
            }

            var next = response.Headers.TryGetValues("Link", out var links) ? MyCaseLinkHeader.NextPageToken(links) : null;
            url = next is null ? null : $"v1/cases?{Query}&page_token={Uri.EscapeDataString(next)}";
        }

        return count;
    }
}
