using System.Collections.Concurrent;

using Fleet.Host.Fleet;
using Fleet.Host.Flows;

namespace Fleet.Host.Reporting;

/// <summary>Collects what the fleet's runs did, from any thread; the run-once mode waits here for its night.</summary>
public sealed class FleetReport
{
    private readonly ConcurrentDictionary<string, FirmNightResult> _nights = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FlowKind, FlowTotals> _flows = new();
    private readonly TaskCompletionSource _nightDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expectedNights = int.MaxValue;
    private int _manualNights;
    private int _recovered;

    /// <summary>The nightly results by firm (the latest per firm).</summary>
    public IReadOnlyCollection<FirmNightResult> Nights => [.. _nights.Values.OrderBy(n => n.FirmKey, StringComparer.Ordinal)];

    /// <summary>What the Documents and Messages runs did, by flow.</summary>
    public IReadOnlyDictionary<FlowKind, FlowTotals> Flows => _flows;

    /// <summary>Runs this node took over from a node that died mid-run (Quartz's recovery).</summary>
    public int RecoveredRuns => Volatile.Read(ref _recovered);

    /// <summary>Counts a run that Quartz's recovery started here for a node that died mid-run.</summary>
    public void RecordRecovered() => Interlocked.Increment(ref _recovered);

    /// <summary>Expects <paramref name="firms"/> nights started by hand before <see cref="WaitForNightAsync"/> completes.</summary>
    public void ExpectNights(int firms)
    {
        Volatile.Write(ref _expectedNights, firms);
        if (Volatile.Read(ref _manualNights) >= firms)
        {
            _nightDone.TrySetResult();
        }
    }

    /// <summary>Records one firm's night.</summary>
    public void RecordNight(FirmNightResult result, bool manual)
    {
        ArgumentNullException.ThrowIfNull(result);
        _nights[result.FirmKey] = result;
        if (manual && Interlocked.Increment(ref _manualNights) >= Volatile.Read(ref _expectedNights))
        {
            _nightDone.TrySetResult();
        }
    }

    /// <summary>Records one run of a firm's Documents or Messages flow.</summary>
    public void RecordFlow(FlowRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var run = new FlowTotals(
            1, result.Delivered, result.AlreadyWritten, result.Unknown, result.Failed, result.RunFailure is null ? 0 : 1);
        _flows.AddOrUpdate(result.Flow, run, (_, sum) => new FlowTotals(
            sum.Runs + run.Runs,
            sum.Delivered + run.Delivered,
            sum.AlreadyWritten + run.AlreadyWritten,
            sum.Unknown + run.Unknown,
            sum.Failed + run.Failed,
            sum.FailedRuns + run.FailedRuns));
    }

    /// <summary>Completes once every expected night started by hand has been recorded.</summary>
    public Task WaitForNightAsync(CancellationToken cancellationToken) => _nightDone.Task.WaitAsync(cancellationToken);
}
