using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;

using NodaTime;

namespace CasePeer.Sample;

/// <summary>
/// Stands in for the platform's database: the target snapshot and the sync checkpoint, in files next to the sample,
/// so a second run shows updates and closes rather than creates. Delete the folder to start over.
/// </summary>
internal sealed class TargetStore(string directory)
{
    private string TargetFile => Path.Combine(directory, "platform-cases.json");

    private string RunFile => Path.Combine(directory, "runs.txt");

    public string Directory => directory;

    public IReadOnlyList<TargetCase> LoadTarget() =>
        File.Exists(TargetFile) ? TargetSnapshotJson.Deserialize(File.ReadAllText(TargetFile)) : [];

    public int Runs => File.Exists(RunFile) ? int.Parse(File.ReadAllText(RunFile), System.Globalization.CultureInfo.InvariantCulture) : 0;

    public SyncCheckpoint Checkpoint(Instant now) =>
        Runs == 0 ? SyncCheckpoint.None : SyncCheckpoint.None.Applied(now - Duration.FromDays(1));

    /// <summary>Saves the platform's cases after a manual sync: the nightly run count (and so its checkpoint) stays.</summary>
    public void SaveTarget(IReadOnlyList<TargetCase> target)
    {
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(TargetFile, TargetSnapshotJson.Serialize(target));
    }

    public void Save(IReadOnlyList<TargetCase> target)
    {
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(TargetFile, TargetSnapshotJson.Serialize(target));
        File.WriteAllText(RunFile, (Runs + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
