namespace Connectors.Benchmarks.MyCase;

/// <summary>The baseline's nested client: the fields the SDK maps to <c>ClientContact</c>.</summary>
internal sealed record RawCaseClient(long Id, string? FirstName, string? LastName, string? Email, string? CellPhoneNumber);
