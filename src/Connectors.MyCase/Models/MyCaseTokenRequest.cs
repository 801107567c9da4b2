namespace Connectors.MyCase.Models;

/// <summary>The body of <c>POST /tokens</c>, for both grants (null members are not sent).</summary>
internal sealed record MyCaseTokenRequest(
    string ClientId,
    string ClientSecret,
    string GrantType,
    string? Code = null,
    string? RedirectUri = null,
    string? RefreshToken = null)
{
    public override string ToString() => $"MyCaseTokenRequest {{ GrantType = {GrantType} }}";
}
