namespace Connectors.MyCase.Models;

/// <summary>A staff member as <c>GET /v1/staff</c> returns it (OpenAPI <c>StaffResponse</c>).</summary>
public sealed record MyCaseStaff
{
    /// <summary>The staff id.</summary>
    public long Id { get; init; }

    /// <summary>Email: the platform matches attorneys by it.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The staff type (MyCase does not enumerate the values).</summary>
    public string? Type { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>True when the staff member is active.</summary>
    public bool? Active { get; init; }
}
