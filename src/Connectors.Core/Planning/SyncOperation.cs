using System.Text.Json.Serialization;

using Connectors.Core.Model;
using Connectors.Core.Validation;

namespace Connectors.Core.Planning;

/// <summary>One step of a <see cref="SyncPlan"/>: what happens to one case, and why.</summary>
public sealed record SyncOperation
{
    /// <summary>What the operation does.</summary>
    public required OperationKind Kind { get; init; }

    /// <summary>The source system of the case.</summary>
    public required string SourceSystem { get; init; }

    /// <summary>The case id in the source system.</summary>
    public required string SourceId { get; init; }

    /// <summary>For <see cref="OperationKind.Skip"/>, why; null otherwise.</summary>
    public SkipReason? Reason { get; init; }

    /// <summary>Words for a person: why a skip, or what a write leaves alone (an unmapped stage, say). Holds no personal data.</summary>
    public string? Detail { get; init; }

    /// <summary>For an update, create, close or reopen: every field that changes, before and after.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>For <see cref="SkipReason.Invalid"/>: every problem, each naming its field.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; init; } = [];

    /// <summary>True when a change needs a person's attention (the client's phone changes).</summary>
    public bool IsHighRisk { get; init; }

    /// <summary>
    /// For writes: a deterministic key from tenant, source system, source id, kind and the resulting state, the same
    /// on every attempt and every re-plan of the same change, so an executor can make the write safe to repeat.
    /// Null for skips.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>For creates, updates and reopens: the platform case as it is once the operation is applied.</summary>
    public TargetCase? Target { get; init; }

    /// <summary>The case key.</summary>
    [JsonIgnore]
    public CaseKey Key => new(SourceSystem, SourceId);

    /// <summary>True for every kind but <see cref="OperationKind.Skip"/>.</summary>
    [JsonIgnore]
    public bool IsWrite => Kind != OperationKind.Skip;

    /// <summary>Prints kind, key and reason; no personal data.</summary>
    public override string ToString() => Reason is { } reason ? $"{Kind} {Key} ({reason})" : $"{Kind} {Key}";
}
