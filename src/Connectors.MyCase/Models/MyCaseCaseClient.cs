namespace Connectors.MyCase.Models;

/// <summary>
/// A client nested in a case (OpenAPI <c>ClientNestedResponse</c>). Only <see cref="Id"/> is sent unless the request
/// asked for more with <c>field[client]</c>. Personal data: <see cref="ToString"/> prints the id only.
/// </summary>
public sealed record MyCaseCaseClient
{
    /// <summary>The client id.</summary>
    public long Id { get; init; }

    /// <summary>First name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Middle name.</summary>
    public string? MiddleName { get; init; }

    /// <summary>Last name.</summary>
    public string? LastName { get; init; }

    /// <summary>Email.</summary>
    public string? Email { get; init; }

    /// <summary>Cell phone, as typed in MyCase.</summary>
    public string? CellPhoneNumber { get; init; }

    /// <summary>Prints the id only.</summary>
    public override string ToString() => $"MyCaseCaseClient {{ Id = {Id} }}";
}
