namespace Connectors.MyCase.Models;

/// <summary>A staff member on a case (OpenAPI <c>StaffNestedResponse</c>).</summary>
public sealed record MyCaseCaseStaff
{
    /// <summary>The staff id (read the email with <c>GET /v1/staff</c>).</summary>
    public long Id { get; init; }

    /// <summary>True for the case's lead lawyer.</summary>
    public bool? LeadLawyer { get; init; }

    /// <summary>True for the case's originating lawyer.</summary>
    public bool? OriginatingLawyer { get; init; }
}
