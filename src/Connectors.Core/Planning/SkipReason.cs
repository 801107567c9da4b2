using System.Text.Json.Serialization;

namespace Connectors.Core.Planning;

/// <summary>Why a source case yields no write.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SkipReason>))]
public enum SkipReason
{
    /// <summary>The platform already matches the source.</summary>
    Unchanged = 0,

    /// <summary>The case is not marked eligible for sync (CASEpeer's "Case Status eligible").</summary>
    NotEligible,

    /// <summary>The case cannot be created or updated: see <see cref="SyncOperation.Problems"/>.</summary>
    Invalid,

    /// <summary>The case's last update is outside the sync window.</summary>
    OutsideWindow,

    /// <summary>Another record with the same source id in the same snapshot was taken instead (the most recently updated).</summary>
    DuplicateInSource,

    /// <summary>The status maps to no stage and nothing else changed; the stage is left as it is.</summary>
    UnmappedStage,

    /// <summary>The source practice area maps to no platform practice area.</summary>
    UnmappedPracticeArea,

    /// <summary>The case was not connected to the platform (CASEpeer's "Connect to Case Status"): its status and closing are not
    /// synced.</summary>
    NotConnected,

    /// <summary>The case is closed in the source and not on the platform: closed cases are not created.</summary>
    ClosedInSource,

    /// <summary>The case is open in the source but closed on the platform, and reopening is off.</summary>
    ClosedInTarget,

    /// <summary>
    /// The source sent the record in a shape the connector could not read (a wrong type, an invalid date): see
    /// <see cref="SyncOperation.Detail"/>. Nothing about the case changes until the source sends it readable.
    /// </summary>
    Unreadable,

    /// <summary>
    /// An update-only sync (<see cref="SyncMode.UpdateOnly"/>, a manual "Sync with CASEpeer") met a case that was never
    /// synced to the platform: it updates synced cases and creates none.
    /// </summary>
    NotSyncedBefore,
}
