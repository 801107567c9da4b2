namespace Connectors.MyCase.Authentication;

/// <summary>
/// What an <see cref="IMyCaseTokenStore"/> holds: the tokens, the version of this entry (every write adds one, the
/// first is 1) and, while a process refreshes them, its <see cref="MyCaseRefreshClaim"/>. <see cref="ToString"/> prints
/// no token.
/// </summary>
/// <param name="Tokens">The tokens.</param>
/// <param name="Version">The entry's version, for <see cref="IMyCaseTokenStore.TrySaveAsync"/>: 1 after the first write.</param>
/// <param name="Claim">The refresh under way in some process, if any.</param>
public sealed record MyCaseStoredTokens(MyCaseTokens Tokens, long Version, MyCaseRefreshClaim? Claim = null);
