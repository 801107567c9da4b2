using System.Text;
using System.Text.Json;

using Connectors.Core.Planning;
using Connectors.Core.Storage;

namespace Connectors.Core.Checkpoints;

/// <summary>
/// Keeps progress as one JSON file per tenant and source system in a folder, through <see cref="OwnerOnlyFile"/>: a save
/// writes an owner-only temporary file with a unique name, flushes it to disk and renames it over the old one, so a
/// crash mid-save leaves the previous progress intact, never half a file. A damaged file (not JSON, <c>null</c>, no
/// checkpoint) is a <see cref="ConnectorStateFileException"/> naming it, never a silent start from scratch.
/// </summary>
public sealed class FileSyncCheckpointStore : ISyncCheckpointStore
{
    // Progress is small (a checkpoint, a window, a cursor, one key per completed write): a larger file is damaged.
    private const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly string _directory;

    /// <summary>Creates a store in <paramref name="directory"/> (created when missing).</summary>
    public FileSyncCheckpointStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
    }

    /// <inheritdoc />
    /// <exception cref="ConnectorStateFileException">
    /// The file is not valid progress JSON, holds <c>null</c> or misses its checkpoint: the run stops rather than start over.
    /// </exception>
    public async ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, sourceSystem);
        var what = $"The sync progress file for source '{sourceSystem}'";
        var progress = await OwnerOnlyFile.ReadJsonAsync(
            path,
            CoreJson.Context.SyncProgress,
            what,
            MaxFileBytes,
            cancellationToken).ConfigureAwait(false);
        if (progress is null)
        {
            return SyncProgress.None; // no file: no sync has run
        }

        // A document that parsed but says nothing is as damaged as one that did not parse: never a silent reset.
        if (progress.Checkpoint is null)
        {
            throw OwnerOnlyFile.Unusable(path, what, "has no checkpoint", null);
        }

        if (progress.CompletedWrites is null || progress.CompletedWrites.Any(string.IsNullOrWhiteSpace))
        {
            throw OwnerOnlyFile.Unusable(path, what, "lists completed writes that are missing or empty", null);
        }

        return progress;
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var path = PathOf(tenant, sourceSystem);
        return new ValueTask(OwnerOnlyFile.WriteAsync(
            path,
            (stream, ct) => JsonSerializer.SerializeAsync(stream, progress, CoreJson.Context.SyncProgress, ct),
            cancellationToken));
    }

    private string PathOf(string tenant, string sourceSystem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceSystem);
        return Path.Combine(_directory, $"{Safe(tenant)}.{Safe(sourceSystem)}.progress.json");
    }

    // Tenant ids come from vendors (firm UUIDs, URLs): keep letters, digits, '-' and '_' and hex-escape the rest.
    private static string Safe(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c.ToString() : $"%{(int)c:X2}");
        }

        return builder.ToString();
    }
}
