namespace Connectors.Core.Planning;

/// <summary>Choices a host makes about what the planner may do.</summary>
public sealed record SyncPolicy
{
    /// <summary>The defaults: no reopening, a 20% mass-change guard.</summary>
    public static SyncPolicy Default { get; } = new();

    /// <summary>When true, a case open in the source but closed on the platform is reopened. Off by default.</summary>
    public bool AllowReopen { get; init; }

    /// <summary>
    /// The share (0 to 1) of the platform's open cases of this source system that a plan may close, or change the
    /// stage of, before it is flagged as needing confirmation. Default 0.2.
    /// </summary>
    public double MassChangeShare { get; init; } = 0.2;
}
