namespace Fleet.Host.Fleet;

/// <summary>The recurring flows of a firm; each is one Quartz trigger on the firm's one job.</summary>
public enum FlowKind
{
    /// <summary>The nightly case sync: read the vendor's cases, plan and apply them to the platform.</summary>
    Nightly,

    /// <summary>Document sync (every 20 minutes for MyCase, every 24 hours for CASEpeer).</summary>
    Documents,

    /// <summary>Message sync (every 2 minutes for CASEpeer).</summary>
    Messages,
}
