namespace Connectors.MyCase.Models;

/// <summary>A client (person) as <c>GET /v1/clients</c> returns it (OpenAPI <c>ClientResponse</c>). Personal data.</summary>
public sealed record MyCaseClient
{
    /// <summary>The client id.</summary>
    public long Id { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Cell phone, as typed.</summary>
    public string? CellPhoneNumber { get; init; }

    /// <summary>Work phone, as typed.</summary>
    public string? WorkPhoneNumber { get; init; }

    /// <summary>Home phone, as typed.</summary>
    public string? HomePhoneNumber { get; init; }

    /// <summary>True when the client is archived.</summary>
    public bool? Archived { get; init; }

    /// <summary>When the client was last updated (ISO-8601 date-time).</summary>
    public string? UpdatedAt { get; init; }

    /// <summary>Prints the id only.</summary>
    public override string ToString() => $"MyCaseClient {{ Id = {Id} }}";
}
