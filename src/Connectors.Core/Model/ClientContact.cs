namespace Connectors.Core.Model;

/// <summary>
/// The client of a case: the person the platform notifies. Names and phone are personal data:
/// <see cref="ToString"/> does not print them.
/// </summary>
/// <param name="FirstName">First name, or null when the source has none.</param>
/// <param name="LastName">Last name, or null when the source has none.</param>
/// <param name="Phone">Cell phone, parsed; null when the source has none.</param>
/// <param name="Email">Email address, or null.</param>
public sealed record ClientContact(string? FirstName, string? LastName, PhoneNumber? Phone, string? Email = null)
{
    /// <summary>A contact with no data at all.</summary>
    public static ClientContact Empty { get; } = new(null, null, null);

    /// <summary>Does not print personal data.</summary>
    public override string ToString() => "ClientContact { (personal data redacted) }";
}
