using System.Diagnostics;
using System.Globalization;

using Connectors.Core.Windows;
using Connectors.MyCase;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// Cases per second through the SDK with the sandbox enforcing MyCase's 25 requests per second (429 past it) and the
/// SDK's defaults (its client-side limiter at 25 per second), in 1000-case pages: the limit allows 25,000 cases/s.
/// Each run reads every case; the first also warms the JIT, so every run is printed, and the median of the others. Runs are 1.5 s apart so
/// that the
/// sandbox's one-second window starts empty.
/// </summary>
internal static class MyCaseThroughputRun
{
    public const string Verb = "mycase-throughput";

    private const double LimitCasesPerSecond = 25 * 1000;

    public static async Task<int> RunAsync(string[] args)
    {
        var cases = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var defaults = new MyCaseOptions();
        await using var bench = await MyCaseBench.StartAsync(
            cases,
            sandboxRequestsPerSecond: 25,
            clientRequestsPerSecond: defaults.RequestsPerSecond);
        var source = bench.Services.GetRequiredService<MyCaseCaseSource>();
        Console.WriteLine("| Run | Cases | Requests | 429s | Read | Cases/s | % of 25,000 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var warmRates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var requestsBefore = bench.Vendor.Requests.Count;
            var limitedBefore = bench.Vendor.RateLimited;
            var clock = Stopwatch.StartNew();
            var count = await MyCaseBench.CountAsync(source.ReadCasesAsync(SyncWindow.Unbounded));

            clock.Stop();
            var rate = count / clock.Elapsed.TotalSeconds;
            if (run > 1)
            {
                warmRates.Add(rate);
            }

            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"| SDK {run} | {count:N0} | {bench.Vendor.Requests.Count - requestsBefore} ") +
                string.Create(CultureInfo.InvariantCulture, $"| {bench.Vendor.RateLimited - limitedBefore} | ") +
                string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F2} s | {rate:N0} | ") +
                string.Create(CultureInfo.InvariantCulture, $"{rate / LimitCasesPerSecond:P1} |"));
        }

        if (warmRates.Count > 0)
        {
            warmRates.Sort();
            var median = warmRates[warmRates.Count / 2];
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"SDK median after the first (JIT) run: {median:N0} cases/s = {median / LimitCasesPerSecond:P1} of 25,000"));
        }

        // The ceiling on this machine: the raw baseline reader against the same limited sandbox, behind the SDK's own
        // limiter (the same sliding second) for its case pages.
        using var limiter = new global::Connectors.MyCase.Http.MyCaseRateLimiter(defaults.RequestsPerSecond, TimeProvider.System);
        using var raw = new RawMyCaseReader(bench.ApiBase, bench.AccessToken, limiter);
        for (var run = 1; run <= runs; run++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var requestsBefore = bench.Vendor.Requests.Count;
            var limitedBefore = bench.Vendor.RateLimited;
            var clock = Stopwatch.StartNew();
            long count;
            try
            {
                count = await raw.ReadAllAsync(1000, deserialize: true, CancellationToken.None);
            }
            catch (HttpRequestException refused) when (refused.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                // The raw reader does not retry; the SDK would wait Retry-After and go on.
                Console.WriteLine(
                    string.Create(CultureInfo.InvariantCulture, $"| raw {run} | - | {bench.Vendor.Requests.Count - requestsBefore} | ") +
                    string.Create(CultureInfo.InvariantCulture, $"429 | stopped after {clock.Elapsed.TotalSeconds:F2} s | - | - |"));
                continue;
            }

            clock.Stop();
            var rate = count / clock.Elapsed.TotalSeconds;
            Console.WriteLine(
                string.Create(CultureInfo.InvariantCulture, $"| raw {run} | {count:N0} | {bench.Vendor.Requests.Count - requestsBefore} ") +
                string.Create(CultureInfo.InvariantCulture, $"| {bench.Vendor.RateLimited - limitedBefore} | ") +
                string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalSeconds:F2} s | {rate:N0} | ") +
                string.Create(CultureInfo.InvariantCulture, $"{rate / LimitCasesPerSecond:P1} |"));
        }

        // Where the SDK's extra bytes go: the phone parse of the mapping, alone, over the seeded cell phones.
        var phones = bench.Vendor.Cases.Take(10_000)
            .Select(c => bench.Vendor.Client(c.ClientIds[0])?.CellPhoneNumber)
            .OfType<string>()
            .Where(p => p.Length > 0)
            .ToList();
        foreach (var phone in phones)
        {
            _ = Core.Model.PhoneNumber.Parse(phone);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var parse = Stopwatch.StartNew();
        foreach (var phone in phones)
        {
            _ = Core.Model.PhoneNumber.Parse(phone);
        }

        parse.Stop();
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"PhoneNumber.Parse: {phones.Count} phones, ") +
            string.Create(CultureInfo.InvariantCulture, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / (double)phones.Count:F0} ") +
            string.Create(CultureInfo.InvariantCulture, $"B and {parse.Elapsed.TotalMicroseconds / phones.Count:F1} us per phone"));

        return 0;
    }
}
