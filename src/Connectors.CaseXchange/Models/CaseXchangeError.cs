namespace Connectors.CaseXchange.Models;

/// <summary>An error: code (<c>validation_error</c>, <c>not_found</c>...), message and field details.</summary>
/// <param name="Code">The code.</param>
/// <param name="Message">The message.</param>
/// <param name="Details">Field-level problems.</param>
internal sealed record CaseXchangeError(string? Code, string? Message, IReadOnlyList<CaseXchangeFieldDetail>? Details);
