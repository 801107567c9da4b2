using BenchmarkDotNet.Attributes;

using Connectors.Benchmarks.MyCase;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Benchmarks;

/// <summary>
/// Client overhead of the MyCase SDK: 100,000 cases read from the sandbox, in this process, through
/// <see cref="MyCaseCaseSource.ReadCasesAsync"/> (paging, OAuth bearer handler, rate-limit handler, resilience, Refit,
/// mapping to <c>SourceCase</c>) against a raw <see cref="HttpClient"/> reading the same pages with a source-generated
/// System.Text.Json context. Both rate limits are off here (the sandbox's 429 and the SDK's own), so the network limit
/// does not dominate; <c>mycase-throughput</c> measures with both on. The sandbox serves from this process: its CPU
/// time and its allocations (it builds every page as a <c>JsonNode</c> tree) are in every row, equally;
/// <see cref="SandboxAndTransport"/> measures that floor alone.
/// </summary>
[MemoryDiagnoser]
public class MyCaseReadBenchmarks
{
    private const int PageSize = MyCaseSandbox.MaxPageSize;

    private MyCaseBench _bench = null!;
    private MyCaseCaseSource _source = null!;
    private RawMyCaseReader _raw = null!;

    [Params(100_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The client-side limiter cannot be turned off (RequestsPerSecond must be at least 1); a bucket this large never waits.
        _bench = MyCaseBench.StartAsync(Cases, sandboxRequestsPerSecond: 0, clientRequestsPerSecond: int.MaxValue).GetAwaiter().GetResult();
        _source = _bench.Services.GetRequiredService<MyCaseCaseSource>();
        _raw = new RawMyCaseReader(_bench.ApiBase, _bench.AccessToken);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _bench.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<long> RawHttpClient() => _raw.ReadAllAsync(PageSize, deserialize: true, CancellationToken.None);

    [Benchmark]
    public Task<long> Sdk() => MyCaseBench.CountAsync(_source.ReadCasesAsync(SyncWindow.Unbounded));

    /// <summary>The same requests with the bodies drained, not read: what the sandbox and loopback cost on their own.</summary>
    [Benchmark]
    public Task<long> SandboxAndTransport() => _raw.ReadAllAsync(PageSize, deserialize: false, CancellationToken.None);
}
