namespace Connectors.CaseXchange.Models;

/// <summary>A case type or jurisdiction.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
public sealed record CaseXchangeNamed(string Id, string? Name);
