namespace Connectors.Benchmarks.MyCase;

/// <summary>The baseline's nested staff member: enough to find the lead lawyer.</summary>
internal sealed record RawCaseStaff(long Id, bool? LeadLawyer);
