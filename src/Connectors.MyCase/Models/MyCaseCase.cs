namespace Connectors.MyCase.Models;

/// <summary>
/// A case as <c>GET /v1/cases</c> and <c>GET /v1/cases/{id}</c> return it (OpenAPI <c>CaseResponse</c>). Dates stay
/// as the ISO-8601 text MyCase sends (a date-time without an offset is UTC, as MyCase documents); the mapper reads them.
/// </summary>
public sealed record MyCaseCase
{
    /// <summary>The case id.</summary>
    public long Id { get; init; }

    /// <summary>The case name (unique in the firm).</summary>
    public string? Name { get; init; }

    /// <summary>The firm's own case number, or null.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>The date the case was opened (ISO-8601 date), or null.</summary>
    public string? OpenedDate { get; init; }

    /// <summary>The date the case was closed (ISO-8601 date), or null.</summary>
    public string? ClosedDate { get; init; }

    /// <summary>The statute of limitations date (ISO-8601 date), or null.</summary>
    public string? SolDate { get; init; }

    /// <summary>The practice area's name, or null.</summary>
    public string? PracticeArea { get; init; }

    /// <summary>The case stage's name, or null.</summary>
    public string? CaseStage { get; init; }

    /// <summary><c>open</c> or <c>closed</c>.</summary>
    public string? Status { get; init; }

    /// <summary>The billing method (<c>""</c>, <c>hourly</c>, <c>contingency</c>, <c>flat</c>, <c>mixed</c>, <c>pro_bono</c>).</summary>
    public string? BillingType { get; init; }

    /// <summary>The clients: only <c>id</c> unless the request named more fields with <c>field[client]</c>.</summary>
    public IReadOnlyList<MyCaseCaseClient>? Clients { get; init; }

    /// <summary>The staff on the case, with the lead and originating lawyer flags.</summary>
    public IReadOnlyList<MyCaseCaseStaff>? Staff { get; init; }

    /// <summary>When the case was created (ISO-8601 date-time).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>When the case was last updated (ISO-8601 date-time).</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>
    /// Why this case of a list page could not be read (a wrong type, a null where a record was expected...), naming the
    /// JSON path, never a value; null for a case read in full. Such a case keeps only its <see cref="Id"/> (0 when even
    /// that was unreadable) and is skipped by the planner with <c>SkipReason.Unreadable</c>: one bad case never stops
    /// the others of its page.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReadError { get; init; }

    /// <summary>Prints the id only: the name may hold a client's name.</summary>
    public override string ToString() => $"MyCaseCase {{ Id = {Id} }}";
}
