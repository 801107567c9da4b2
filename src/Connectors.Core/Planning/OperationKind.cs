using System.Text.Json.Serialization;

namespace Connectors.Core.Planning;

/// <summary>What an operation of a <see cref="SyncPlan"/> does to the platform.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OperationKind>))]
public enum OperationKind
{
    /// <summary>Nothing: the case is accounted for with a <see cref="SkipReason"/>.</summary>
    Skip = 0,

    /// <summary>Create the case on the platform.</summary>
    Create,

    /// <summary>Change fields of an open platform case (see <see cref="SyncOperation.Changes"/>).</summary>
    Update,

    /// <summary>Close the platform case.</summary>
    Close,

    /// <summary>Reopen a closed platform case (only when <see cref="SyncPolicy.AllowReopen"/> is on).</summary>
    Reopen,
}
