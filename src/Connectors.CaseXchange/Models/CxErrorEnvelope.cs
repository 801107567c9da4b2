namespace Connectors.CaseXchange.Models;

/// <summary>
/// Both error shapes the API uses: <c>{"error": {code, message, details}, "meta"}</c> and
/// <c>{"success": false, "error": {...}, "message"}</c>.
/// </summary>
/// <param name="Error">The error.</param>
/// <param name="Meta">Request id and timestamp.</param>
/// <param name="Success">False in the second shape.</param>
/// <param name="Message">The top-level message of the second shape.</param>
public sealed record CxErrorEnvelope(CxError? Error, CxMeta? Meta, bool? Success, string? Message);

/// <summary>An error: code (<c>validation_error</c>, <c>not_found</c>...), message and field details.</summary>
/// <param name="Code">The code.</param>
/// <param name="Message">The message.</param>
/// <param name="Details">Field-level problems.</param>
public sealed record CxError(string? Code, string? Message, IReadOnlyList<CxFieldDetail>? Details);

/// <summary>One field-level problem.</summary>
/// <param name="Field">The field.</param>
/// <param name="Message">What is wrong with it.</param>
public sealed record CxFieldDetail(string? Field, string? Message);
