using Connectors.Core.Model;

namespace Connectors.Shared;

/// <summary>The argument check every writer starts with: the case is this writer's, and its id is there.</summary>
internal static class CaseKeyCheck
{
    /// <summary>Returns the case's source id, or throws when the case belongs to another system or has no id.</summary>
    /// <param name="caseKey">The case the caller asked to write to.</param>
    /// <param name="sourceSystem">The writer's source system.</param>
    /// <param name="paramName">The caller's parameter, named in the exception.</param>
    /// <exception cref="ArgumentException">The case belongs to another source system, or its id is empty.</exception>
    public static string SourceIdFor(CaseKey caseKey, string sourceSystem, string paramName)
    {
        if (!string.Equals(caseKey.SourceSystem, sourceSystem, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Case {caseKey} belongs to '{caseKey.SourceSystem}', not to '{sourceSystem}'.", paramName);
        }

        if (string.IsNullOrWhiteSpace(caseKey.SourceId))
        {
            throw new ArgumentException($"The {sourceSystem} case has no id.", paramName);
        }

        return caseKey.SourceId;
    }
}
