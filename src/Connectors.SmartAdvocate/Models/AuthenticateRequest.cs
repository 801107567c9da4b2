using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The body of <c>POST /CaseSyncAPI/Users/authenticate</c>.</summary>
internal sealed record AuthenticateRequest(
    [property: JsonPropertyName("Username")] string Username,
    [property: JsonPropertyName("Password")] string Password)
{
    public override string ToString() => "AuthenticateRequest { (credentials redacted) }";
}
