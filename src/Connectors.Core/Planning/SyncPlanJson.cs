using System.Text.Json;

namespace Connectors.Core.Planning;

/// <summary>
/// Writes and reads <see cref="SyncPlan"/> as JSON: camelCase, instants in ISO-8601, enums as camelCase names.
/// The JSON holds client personal data (the planned target cases): store it as such.
/// </summary>
public static class SyncPlanJson
{
    private static CoreJsonContext Context => CoreJson.Context;

    /// <summary>The plan as indented JSON.</summary>
    public static string Serialize(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return JsonSerializer.Serialize(plan, Context.SyncPlan);
    }

    /// <summary>Reads a plan written by <see cref="Serialize"/>.</summary>
    /// <exception cref="ConnectorException">The text is not a plan, or its format version is not one this SDK reads.</exception>
    public static SyncPlan Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        SyncPlan? plan;
        try
        {
            plan = JsonSerializer.Deserialize(json, CoreJson.Strict.SyncPlan);
        }
        catch (Exception ex) when (CoreJson.IsUnreadable(ex))
        {
            throw new ConnectorException($"The text is not a valid sync plan: {Short(ex.Message)}", ex);
        }

        if (plan is null)
        {
            throw new ConnectorException("The text is not a sync plan.");
        }

        if (!string.Equals(plan.FormatVersion, SyncPlan.CurrentFormatVersion, StringComparison.Ordinal))
        {
            throw new ConnectorException($"Sync plan format " +
                $"{(plan.FormatVersion.Length > 20 ? plan.FormatVersion[..20] + "…" : plan.FormatVersion)} is not supported; this SDK " +
                    $"reads format {SyncPlan.CurrentFormatVersion}.");
        }

        if (plan.Operations.Any(o => o is null))
        {
            throw new ConnectorException("The text is not a valid sync plan: an operation is null.");
        }

        return plan;
    }

    // A reader's message may quote the text it could not read; a plan holds client data, so it is cut short.
    internal static string Short(string message) => message.Length > 300 ? message[..300] + "…" : message;
}
