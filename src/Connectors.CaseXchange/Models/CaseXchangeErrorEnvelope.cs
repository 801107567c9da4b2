namespace Connectors.CaseXchange.Models;

/// <summary>
/// Both error shapes the API uses: <c>{"error": {code, message, details}, "meta"}</c> and
/// <c>{"success": false, "error": {...}, "message"}</c>.
/// </summary>
/// <param name="Error">The error.</param>
/// <param name="Meta">Request id and timestamp.</param>
/// <param name="Success">False in the second shape.</param>
/// <param name="Message">The top-level message of the second shape.</param>
internal sealed record CaseXchangeErrorEnvelope(CaseXchangeError? Error, CaseXchangeMeta? Meta, bool? Success, string? Message);
