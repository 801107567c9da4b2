namespace Connectors.Benchmarks.MyCase;

/// <summary>The baseline's staff member (<c>GET /v1/staff</c>): the lead lawyer's email comes from here.</summary>
internal sealed record RawStaff(long Id, string? Email);
