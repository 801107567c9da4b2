using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// A process's claim on the stored refresh token: it alone spends it until <paramref name="Until"/>. Others wait for the
/// pair it saves; when the claim runs out without one (its owner died mid-refresh), another process may claim it.
/// </summary>
/// <param name="Owner">Who claimed it: one id per token manager (per process and firm), random, no secret.</param>
/// <param name="Until">When the claim runs out: the token request's timeout and a margin after it was made.</param>
public sealed record MyCaseRefreshClaim(string Owner, Instant Until);
