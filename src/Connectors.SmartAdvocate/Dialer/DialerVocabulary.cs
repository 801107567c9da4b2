namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// The firm's dialer values. SmartAdvocate lets each firm configure them; <see cref="Default"/> holds the typical ones the
/// vendor documents. Values are compared ignoring case (the vendor's own example writes "Do not dial"). A value the
/// vocabulary does not know is passed through, never rejected.
/// </summary>
public sealed record DialerVocabulary
{
    /// <summary>The typical configuration: <c>To Dial</c>, <c>In the Dialer</c>, <c>Do not Dial</c>; attempts up to 20.</summary>
    public static DialerVocabulary Default { get; } = new();

    /// <summary>The status of cases waiting to be dialled at their next-call time.</summary>
    public string ToDial { get; init; } = "To Dial";

    /// <summary>The status of cases handed to the dialer.</summary>
    public string InTheDialer { get; init; } = "In the Dialer";

    /// <summary>The status of cases not to be dialled.</summary>
    public string DoNotDial { get; init; } = "Do not Dial";

    /// <summary>Disposition of a case never dialled.</summary>
    public string NeverDialed { get; init; } = "Never Dialed";

    /// <summary>Disposition: the line was busy.</summary>
    public string Busy { get; init; } = "Busy";

    /// <summary>Disposition: nobody answered.</summary>
    public string NoAnswer { get; init; } = "No Answer";

    /// <summary>Disposition: an answering machine picked up.</summary>
    public string AnsweringMachine { get; init; } = "Answering Machine";

    /// <summary>Disposition: the call reached the person.</summary>
    public string Successful { get; init; } = "Successful";

    /// <summary>The highest attempts count the firm's Attempts status holds (0 to this). Default 20.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same value, ignoring case and outer spaces.</summary>
    public static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
