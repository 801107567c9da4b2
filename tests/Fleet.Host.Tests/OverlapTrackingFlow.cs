using System.Collections.Concurrent;

using Fleet.Host.Fleet;
using Fleet.Host.Flows;

namespace Fleet.Host.Tests;

/// <summary>A slow nightly flow that records how many runs overlap, per firm and in all.</summary>
internal sealed class OverlapTrackingFlow(TimeSpan runTime) : INightlyFlow
{
    private readonly ConcurrentDictionary<string, int> _runningPerFirm = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _running;
    private int _runs;

    public int MaxPerFirm { get; private set; }

    public int MaxInAll { get; private set; }

    public int Runs => Volatile.Read(ref _runs);

    public async Task<FirmNightResult> RunAsync(FleetFirm firm, string night, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var forFirm = _runningPerFirm.AddOrUpdate(firm.Key, 1, (_, n) => n + 1);
            MaxPerFirm = Math.Max(MaxPerFirm, forFirm);
            MaxInAll = Math.Max(MaxInAll, ++_running);
        }

        await Task.Delay(runTime, cancellationToken);
        lock (_gate)
        {
            _runningPerFirm.AddOrUpdate(firm.Key, 0, (_, n) => n - 1);
            _running--;
            _runs++;
        }

        return new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), "tracked");
    }
}
