using Fleet.Host.Fleet;

namespace Fleet.Host.Flows;

/// <summary>What one firm's nightly flow did. Counts and keys only: no names, phones or credentials.</summary>
/// <param name="FirmKey">The firm.</param>
/// <param name="Vendor">The firm's vendor.</param>
/// <param name="CasesRead">Cases read from the vendor.</param>
/// <param name="Writes">Writes applied to the platform by this run.</param>
/// <param name="SkipsByReason">Skipped cases by <c>SkipReason</c>.</param>
/// <param name="Outcome">"applied", "held for confirmation", "no case sync" or the failure's type.</param>
public sealed record FirmNightResult(
    string FirmKey, Vendor Vendor, int CasesRead, int Writes, IReadOnlyDictionary<string, int> SkipsByReason, string Outcome)
{
    /// <summary>True when the night ran as it should (applied, held, or nothing to sync for the vendor).</summary>
    public bool Succeeded { get; init; } = true;
}
