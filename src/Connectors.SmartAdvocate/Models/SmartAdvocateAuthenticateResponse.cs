using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>The answer of <c>POST /CaseSyncAPI/Users/authenticate</c>.</summary>
internal sealed record SmartAdvocateAuthenticateResponse
{
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    [JsonPropertyName("userID")]
    public long? UserId { get; init; }

    [JsonPropertyName("token")]
    public string? Token { get; init; }

    /// <summary>One third-party client reads this name; the documented one is <c>token</c>.</summary>
    [JsonPropertyName("accessToken")]
    public string? AccessToken { get; init; }

    public override string ToString() => "SmartAdvocateAuthenticateResponse { (token redacted) }";
}
