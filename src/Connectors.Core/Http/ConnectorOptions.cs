namespace Connectors.Core.Http;

/// <summary>
/// What every connector's options share: the resilience settings its HTTP clients take, the cap on error bodies, and the
/// rule for the addresses its credentials go to (https, or plain http only on loopback, for the sandbox). A connector's
/// options derive from it and add their own fields; their validator checks the common ones with <see cref="CommonProblems"/>
/// and every address with <see cref="AddressProblem"/>, so the rules and their wording are written once.
/// </summary>
public abstract class ConnectorOptions
{
    /// <summary>The smallest <see cref="MaxErrorBodyBytes"/> allowed: below it, real vendor error messages would be cut.</summary>
    public const int SmallestErrorBodyBytes = 1024;

    /// <summary>The most retries <see cref="MaxRetryAttempts"/> allows: past it, exponential back-off outlives any timeout.</summary>
    public const int MostRetryAttempts = 10;

    /// <summary>Sets the connector's own default timeouts; the other fields have the same defaults in every connector.</summary>
    /// <param name="attemptTimeout">The connector's default <see cref="AttemptTimeout"/>.</param>
    /// <param name="totalTimeout">The connector's default <see cref="TotalTimeout"/>.</param>
    protected ConnectorOptions(TimeSpan attemptTimeout, TimeSpan totalTimeout)
    {
        AttemptTimeout = attemptTimeout;
        TotalTimeout = totalTimeout;
    }

    /// <summary>
    /// How many times a safe request (GET) is retried after a transient failure or a 429 (0 to 10); the resilience
    /// pipeline never repeats a POST. Default 3.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay (exponential with jitter after it); a <c>Retry-After</c> wins; zero in tests. Default 2
    /// seconds.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; }

    /// <summary>Timeout of a request with all its retries; at least <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; }

    /// <summary>
    /// The most bytes of an error answer's body ever read (64 KiB by default, at least 1 KiB): a longer body is not read
    /// at all, and the error is reported by its status alone.
    /// </summary>
    public int MaxErrorBodyBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// Whether a credential may be sent to <paramref name="address"/>: an absolute https address, or plain http on a
    /// loopback host (the sandbox). Anything else would carry keys, tokens or presigned URLs in clear text.
    /// </summary>
    /// <param name="address">The address to check.</param>
    /// <returns>True when the address is absolute and https, or http on loopback.</returns>
    public static bool IsSecureAddress(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.IsAbsoluteUri
            && (address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback));
    }

    /// <summary>The problem with an address option, in the words every connector's validator uses; null when there is none.</summary>
    /// <param name="address">The option's value; null is reported as missing.</param>
    /// <param name="option">The option's configuration path, as <c>CasePeer:BaseAddress</c>.</param>
    /// <returns>The sentence to report, or null when the address is absolute and <see cref="IsSecureAddress"/>.</returns>
    public static string? AddressProblem(Uri? address, string option)
    {
        if (address is not { IsAbsoluteUri: true })
        {
            return $"{option} must be an absolute URI.";
        }

        return IsSecureAddress(address) ? null : $"{option} must use https (plain http is allowed only on loopback, for the sandbox).";
    }

    /// <summary>The problems with the fields this base holds, each named under <paramref name="section"/>.</summary>
    /// <param name="section">The connector's configuration section, as <c>CasePeer</c>.</param>
    /// <returns>One sentence per problem; empty when the common fields are valid.</returns>
    public IReadOnlyList<string> CommonProblems(string section)
    {
        var problems = new List<string>();
        if (MaxRetryAttempts is < 0 or > MostRetryAttempts)
        {
            problems.Add($"{section}:MaxRetryAttempts must be between 0 and {MostRetryAttempts}.");
        }

        if (RetryBaseDelay < TimeSpan.Zero)
        {
            problems.Add($"{section}:RetryBaseDelay must not be negative.");
        }

        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout)
        {
            problems.Add($"{section}:AttemptTimeout must be positive and {section}:TotalTimeout at least as long.");
        }

        if (MaxErrorBodyBytes < SmallestErrorBodyBytes)
        {
            problems.Add($"{section}:MaxErrorBodyBytes must be at least {SmallestErrorBodyBytes}.");
        }

        return problems;
    }
}
