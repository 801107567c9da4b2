namespace Connectors.CaseXchange.Models;

/// <summary>One field-level problem.</summary>
/// <param name="Field">The field.</param>
/// <param name="Message">What is wrong with it.</param>
internal sealed record CaseXchangeFieldDetail(string? Field, string? Message);
