namespace Connectors.Benchmarks.MyCase;

/// <summary>The baseline's minimal case DTO: only the fields the SDK maps to <c>SourceCase</c>.</summary>
internal sealed record RawCase(
    long Id,
    string? Name,
    string? PracticeArea,
    string? CaseStage,
    string? Status,
    string? CreatedAt,
    string? UpdatedAt,
    IReadOnlyList<RawCaseClient>? Clients,
    IReadOnlyList<RawCaseStaff>? Staff);
