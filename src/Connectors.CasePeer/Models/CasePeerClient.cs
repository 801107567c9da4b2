namespace Connectors.CasePeer.Models;

/// <summary>A CASEpeer client. Personal data: never logged.</summary>
/// <param name="Id">Client id.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="CellPhone">Cell phone, as typed.</param>
/// <param name="Email">Email.</param>
internal sealed record CasePeerClient(long Id, string? FirstName, string? LastName, string? CellPhone, string? Email)
{
    /// <summary>Does not print personal data.</summary>
    public override string ToString() => $"CasePeerClient {{ Id = {Id} }}";
}
