using System.Collections.Concurrent;

using Fleet.Host.Fleet;
using Fleet.Host.Flows;

namespace Fleet.Host.Tests;

/// <summary>A nightly flow that only counts its runs per firm, for the scheduling tests.</summary>
internal sealed class CountingNightlyFlow : INightlyFlow
{
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);

    public int Runs(string firmKey) => _runs.GetValueOrDefault(firmKey);

    public Task<FirmNightResult> RunAsync(FleetFirm firm, string night, CancellationToken cancellationToken)
    {
        _runs.AddOrUpdate(firm.Key, 1, (_, n) => n + 1);
        return Task.FromResult(new FirmNightResult(firm.Key, firm.Vendor, 0, 0, new Dictionary<string, int>(), "counted"));
    }
}
