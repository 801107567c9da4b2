using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>What to do after a call with one disposition.</summary>
/// <param name="RetryAfter">How long to wait before the next call (then moved into calling hours).</param>
/// <param name="Stop">True to set the case to "Do not Dial" (after a success, for instance).</param>
/// <param name="CountsAsAttempt">False when no call was actually placed ("Never Dialed"): attempts stay as they were.</param>
/// <param name="MaxAttempts">A lower attempts cap for this disposition; null uses the policy's.</param>
public sealed record DispositionRule(Duration RetryAfter, bool Stop = false, bool CountsAsAttempt = true, int? MaxAttempts = null);
