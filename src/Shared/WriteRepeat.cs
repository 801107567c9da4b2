using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// When a write may be sent again without a look at the vendor first (<see cref="SafeWrite{T}.Repeat"/>). Whatever is
/// chosen, a failure that proves nothing was applied (a 429, a connection never opened) is always sent again, and a
/// write with <see cref="SafeWrite{T}.FindApplied"/> is sent again whenever that look says it did not land.
/// </summary>
internal enum WriteRepeat
{
    /// <summary>Never on faith: a write that may have landed is looked up, or reported as <see
    /// cref="WriteOutcomeUnknownException"/>.</summary>
    Never,

    /// <summary>
    /// Also after the vendor answered with a server error (5xx): the write carries an idempotency key reused on every
    /// attempt, so a vendor that honours it applies it once. Not after no answer at all (a timeout, a dropped connection):
    /// the vendor's key handling is unverified, so that write is looked up or reported as unknown.
    /// </summary>
    AfterErrorAnswer,

    /// <summary>After any failure worth repeating: applying the write twice leaves the same state as once (absolute values).</summary>
    Always,
}
