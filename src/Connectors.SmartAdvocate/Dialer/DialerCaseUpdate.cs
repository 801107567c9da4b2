using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// A change to one case's dialer fields. Only <see cref="CaseId"/> is required; a null field is left unchanged.
/// <see cref="NextCall"/> goes with the "To Dial" status and must lie in the future; with "In the Dialer" and
/// "Do not Dial" leave it null: the SDK sends the current time, as SmartAdvocate asks.
/// </summary>
/// <param name="CaseId">SmartAdvocate case id.</param>
/// <param name="Status">The new dialer status, or null.</param>
/// <param name="NextCall">When to call next, or null.</param>
/// <param name="Attempts">The new attempts count (0 to the vocabulary's maximum), or null.</param>
/// <param name="Disposition">The new last disposition, or null.</param>
public sealed record DialerCaseUpdate(long CaseId, string? Status = null, Instant? NextCall = null, int? Attempts = null,
    string? Disposition = null);
