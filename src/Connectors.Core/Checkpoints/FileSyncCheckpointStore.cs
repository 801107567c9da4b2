using System.Text;
using System.Text.Json;
using Connectors.Core.Planning;

namespace Connectors.Core.Checkpoints;

/// <summary>
/// Keeps progress as one JSON file per tenant and source system in a folder. A save writes a temporary file and
/// renames it over the old one, so a crash mid-save leaves the previous progress intact, never half a file.
/// </summary>
public sealed class FileSyncCheckpointStore : ISyncCheckpointStore
{
    private readonly string _directory;

    /// <summary>Creates a store in <paramref name="directory"/> (created when missing).</summary>
    public FileSyncCheckpointStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = directory;
    }

    /// <inheritdoc />
    public async ValueTask<SyncProgress> LoadAsync(string tenant, string sourceSystem, CancellationToken cancellationToken)
    {
        var path = PathOf(tenant, sourceSystem);
        if (!File.Exists(path))
        {
            return SyncProgress.None;
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(stream, CoreJson.Context.SyncProgress, cancellationToken).ConfigureAwait(false)
                       ?? SyncProgress.None;
            }
            catch (JsonException ex)
            {
                throw new ConnectorException($"The sync progress file for source '{sourceSystem}' is not valid JSON; fix or delete it to start over.", ex);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(string tenant, string sourceSystem, SyncProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        Directory.CreateDirectory(_directory);
        var path = PathOf(tenant, sourceSystem);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, progress, CoreJson.Context.SyncProgress, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
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
