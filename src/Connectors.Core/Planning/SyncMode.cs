namespace Connectors.Core.Planning;

/// <summary>What a plan may do to the platform: the nightly sync, or a sync a person triggers by hand.</summary>
public enum SyncMode
{
    /// <summary>The scheduled sync: creates new cases, updates and closes synced ones.</summary>
    Full = 0,

    /// <summary>
    /// A manual sync (CASEpeer's "Sync with CASEpeer", of every case or of one; MyCase's sync of an imported case):
    /// it updates cases synced before and creates none; a case never synced is skipped with
    /// <see cref="SkipReason.NotSyncedBefore"/>. Stage and close changes still need the case to be connected
    /// (<see cref="Model.SourceCase.IsConnected"/>), and absence from the read never closes a case (one case may be all it read).
    /// </summary>
    UpdateOnly,
}
