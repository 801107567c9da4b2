using System.Text.Json;

using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>
/// Writes and reads a target snapshot as JSON, for hosts and samples that keep the platform's cases in a file.
/// The JSON holds client personal data: store it as such.
/// </summary>
public static class TargetSnapshotJson
{
    /// <summary>The snapshot as indented JSON.</summary>
    public static string Serialize(IReadOnlyList<TargetCase> target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return JsonSerializer.Serialize(target.ToList(), CoreJson.Context.ListTargetCase);
    }

    /// <summary>Reads a snapshot written by <see cref="Serialize"/>.</summary>
    /// <exception cref="ConnectorException">The text is not a target snapshot.</exception>
    public static IReadOnlyList<TargetCase> Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        List<TargetCase>? cases;
        try
        {
            cases = JsonSerializer.Deserialize(json, CoreJson.Strict.ListTargetCase);
        }
        catch (Exception ex) when (CoreJson.IsUnreadable(ex))
        {
            throw new ConnectorException($"The text is not a target snapshot: {SyncPlanJson.Short(ex.Message)}", ex);
        }

        if (cases is null)
        {
            return [];
        }

        var hole = cases.FindIndex(c => c is null);
        return hole < 0 ? cases : throw new ConnectorException($"The text is not a target snapshot: entry {hole} is null.");
    }
}
