using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// When to call again, per disposition. Defaults: Busy after 15 minutes, No Answer after 2 hours, Answering Machine after
/// 4 hours, Never Dialed after 5 minutes (not counted as an attempt), Successful stops; any other disposition waits
/// <see cref="DefaultRetryAfter"/>. After <see cref="MaxAttempts"/> attempts the case is set to "Do not Dial".
/// </summary>
public sealed record DialerRetryPolicy
{
    /// <summary>The default policy for <see cref="DialerVocabulary.Default"/>.</summary>
    public static DialerRetryPolicy Default { get; } = For(DialerVocabulary.Default);

    /// <summary>Rules by disposition (keys compared ignoring case).</summary>
    public IReadOnlyDictionary<string, DispositionRule> Rules { get; init; } =
        new Dictionary<string, DispositionRule>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The wait after a disposition with no rule. Default 1 hour.</summary>
    public Duration DefaultRetryAfter { get; init; } = Duration.FromHours(1);

    /// <summary>Attempts after which the case is not dialled again. Default 6 (at most the vocabulary's maximum).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The shortest wait before a next call, so that it always lies in the future. Default 1 minute.</summary>
    public Duration MinimumDelay { get; init; } = Duration.FromMinutes(1);

    /// <summary>The default rules, keyed by <paramref name="vocabulary"/>'s disposition names.</summary>
    public static DialerRetryPolicy For(DialerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new DialerRetryPolicy
        {
            Rules = new Dictionary<string, DispositionRule>(StringComparer.OrdinalIgnoreCase)
            {
                [vocabulary.NeverDialed] = new(Duration.FromMinutes(5), CountsAsAttempt: false),
                [vocabulary.Busy] = new(Duration.FromMinutes(15)),
                [vocabulary.NoAnswer] = new(Duration.FromHours(2)),
                [vocabulary.AnsweringMachine] = new(Duration.FromHours(4)),
                [vocabulary.Successful] = new(Duration.Zero, Stop: true),
            },
        };
    }

    /// <summary>The rule for <paramref name="disposition"/>: its own, else a retry after <see cref="DefaultRetryAfter"/>.</summary>
    public DispositionRule RuleFor(string disposition)
    {
        ArgumentNullException.ThrowIfNull(disposition);
        if (Rules.TryGetValue(disposition.Trim(), out var rule))
        {
            return rule;
        }

        // A caller's own dictionary may compare case-sensitively; dispositions never do.
        var match = Rules.FirstOrDefault(r => DialerVocabulary.Same(r.Key, disposition));
        return match.Value ?? new DispositionRule(DefaultRetryAfter);
    }
}
