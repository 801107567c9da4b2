namespace Connectors.Core.Model;

/// <summary>
/// Identifies a case by the system it comes from and its id in that system.
/// Keys compare ordinally (case-sensitive), because vendor ids are opaque.
/// </summary>
/// <param name="SourceSystem">The source system, for example <c>"mycase"</c> or <c>"casepeer"</c>.</param>
/// <param name="SourceId">The case id in the source system.</param>
public readonly record struct CaseKey(string SourceSystem, string SourceId) : IComparable<CaseKey>
{
    /// <summary>Orders keys by source system, then by source id, ordinally.</summary>
    public int CompareTo(CaseKey other)
    {
        var bySystem = string.CompareOrdinal(SourceSystem, other.SourceSystem);
        return bySystem != 0 ? bySystem : string.CompareOrdinal(SourceId, other.SourceId);
    }

    /// <summary>Returns <c>system:id</c>.</summary>
    public override string ToString() => $"{SourceSystem}:{SourceId}";

    /// <summary>Less-than by <see cref="CompareTo"/>.</summary>
    public static bool operator <(CaseKey left, CaseKey right) => left.CompareTo(right) < 0;

    /// <summary>Greater-than by <see cref="CompareTo"/>.</summary>
    public static bool operator >(CaseKey left, CaseKey right) => left.CompareTo(right) > 0;

    /// <summary>Less-or-equal by <see cref="CompareTo"/>.</summary>
    public static bool operator <=(CaseKey left, CaseKey right) => left.CompareTo(right) <= 0;

    /// <summary>Greater-or-equal by <see cref="CompareTo"/>.</summary>
    public static bool operator >=(CaseKey left, CaseKey right) => left.CompareTo(right) >= 0;
}
