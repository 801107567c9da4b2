namespace Connectors.MyCase.Models;

/// <summary>An OAuth 2.0 error answer of <c>/tokens</c> (RFC 6749 §5.2): <c>{"error", "error_description"}</c>.</summary>
internal sealed record MyCaseOAuthError(string? Error, string? ErrorDescription);
