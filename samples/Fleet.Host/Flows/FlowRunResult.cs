using Fleet.Host.Fleet;

namespace Fleet.Host.Flows;

/// <summary>What one run of a firm's Documents or Messages flow did. Counts and keys only.</summary>
/// <param name="FirmKey">The firm.</param>
/// <param name="Flow">Documents or Messages.</param>
/// <param name="Delivered">Items this run wrote to the vendor and marked delivered.</param>
/// <param name="AlreadyWritten">Items the vendor had already (an earlier run wrote them and did not get to mark them):
/// marked delivered, nothing written twice.</param>
/// <param name="Unknown">Items whose write ended with an unknown outcome: left undelivered, sent again (same id) next run.</param>
/// <param name="Failed">Items whose write failed: left undelivered, sent again next run.</param>
public sealed record FlowRunResult(string FirmKey, FlowKind Flow, int Delivered, int AlreadyWritten, int Unknown, int Failed)
{
    /// <summary>The type of the exception that stopped the whole run (reading the outbox, say), or null.</summary>
    public string? RunFailure { get; init; }

    /// <summary>A run that had nothing to do (or no writer for its kind).</summary>
    public static FlowRunResult Empty(string firmKey, FlowKind flow) => new(firmKey, flow, 0, 0, 0, 0);
}
