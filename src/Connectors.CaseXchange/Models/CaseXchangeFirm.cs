namespace Connectors.CaseXchange.Models;

/// <summary>A firm (<c>GET /firms/me</c>).</summary>
/// <param name="Id">Firm id.</param>
/// <param name="Name">Firm name.</param>
public sealed record CaseXchangeFirm(string Id, string? Name);
