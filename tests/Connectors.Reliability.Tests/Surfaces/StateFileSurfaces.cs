using Connectors.Core.Checkpoints;
using Connectors.Core.Windows;
using Connectors.MyCase.Authentication;
using Connectors.Reliability.Tests.Fuzzing;

using NodaTime;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>
/// The files the SDK keeps its own state in: a sync progress file (<see cref="FileSyncCheckpointStore"/>) and a MyCase
/// token file (<see cref="FileMyCaseTokenStore"/>). Disks, editors, backups and people damage them; every damaged file
/// must load or fail with the SDK's exception (a <c>ConnectorStateFileException</c> naming the file), never anything else.
/// </summary>
public sealed class StateFileSurfaces : IFuzzSurfaces
{
    private static readonly Instant Start = Instant.FromUtc(2026, 11, 24, 21, 0);

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "connectors-fuzz-state", Guid.NewGuid().ToString("N"));
        var checkpoints = new FileSyncCheckpointStore(folder);
        var tokenPath = Path.Combine(folder, "mycase-tokens.json");

        yield return new FuzzSurface("core/checkpoint-file", CheckpointSeeds(), async json =>
        {
            await File.WriteAllTextAsync(ProgressFile(checkpoints, folder), json);
            var progress = await checkpoints.LoadAsync("firm-1", "mycase", CancellationToken.None);

            // What the runner then does with it: resume (or complete) the run, or start a new one from the checkpoint.
            var next = progress.IsRunning ? progress.WithWriteDone("probe").Completed() : progress.Started(Start, SyncWindow.Unbounded);
            return [next.Checkpoint.ToString(), progress.Cursor ?? string.Empty, string.Join(",", progress.CompletedWrites)];
        });

        yield return new FuzzSurface("mycase/token-file", TokenSeeds(), async json =>
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(tokenPath, json);
            using var store = new FileMyCaseTokenStore(tokenPath);
            var tokens = await store.GetAsync(CancellationToken.None);
            return tokens is null ? [] :
            [
                tokens.ToString(),
                tokens.AccessToken.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
        });
    }

    // The file name the store gives a tenant and source: found by saving once (the naming is the store's own business).
    private static string ProgressFile(FileSyncCheckpointStore store, string folder)
    {
        if (!Directory.Exists(folder) || Directory.GetFiles(folder, "*.progress.json") is not [var file])
        {
            store.SaveAsync("firm-1", "mycase", SyncProgress.None, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            file = Directory.GetFiles(folder, "*.progress.json").Single();
        }

        return file;
    }

    private static List<string> CheckpointSeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "connectors-fuzz-seeds", Guid.NewGuid().ToString("N"));
        try
        {
            var store = new FileSyncCheckpointStore(folder);
            var done = SyncProgress.None.Started(Start - Duration.FromDays(1), SyncWindow.Unbounded).Completed();
            var running = done.Started(Start, new SyncWindow(Start - Duration.FromDays(365), Start))
                .AtCursor("page-7")
                .WithWriteDone("sync-a")
                .WithWriteDone("sync-b");
            var seeds = new List<string>();
            foreach (var progress in new[] { done, running })
            {
                store.SaveAsync("seed", "mycase", progress, CancellationToken.None).AsTask().GetAwaiter().GetResult();
                seeds.Add(File.ReadAllText(Directory.GetFiles(folder, "*.progress.json").Single()));
            }

            return seeds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> TokenSeeds()
    {
        var folder = Path.Combine(Path.GetTempPath(), "connectors-fuzz-seeds", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "tokens.json");
        try
        {
            using var store = new FileMyCaseTokenStore(path);
            store.SaveAsync(
                new MyCaseTokens(
                    "access-fuzz-1",
                    "refresh-fuzz-1",
                    Start + Duration.FromHours(24),
                    Start + Duration.FromDays(14),
                    "firm-uuid-1",
                    "cases"),
                CancellationToken.None)
                .AsTask().GetAwaiter().GetResult();
            return [File.ReadAllText(path)];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
