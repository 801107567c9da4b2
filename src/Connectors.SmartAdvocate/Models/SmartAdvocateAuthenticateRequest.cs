using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The body of <c>POST /CaseSyncAPI/Users/authenticate</c>.</summary>
internal sealed record SmartAdvocateAuthenticateRequest(
    [property: JsonPropertyName("Username")] string Username,
    [property: JsonPropertyName("Password")] string Password)
{
    public override string ToString() => "SmartAdvocateAuthenticateRequest { (credentials redacted) }";
}
