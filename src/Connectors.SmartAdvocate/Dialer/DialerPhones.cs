namespace Connectors.SmartAdvocate.Dialer;

/// <summary>Which of a case's numbers to use: the primary phone first; for texts only numbers flagged <c>Text</c>.</summary>
public static class DialerPhones
{
    /// <summary>The valid numbers to call, in order: the primary phone first, then the others as SmartAdvocate lists them.</summary>
    public static IReadOnlyList<DialerPhone> CallOrder(DialerCase dialerCase)
    {
        ArgumentNullException.ThrowIfNull(dialerCase);
        return [.. dialerCase.Phones.Where(p => p.Number.IsValid).OrderBy(p => p.IsPrimary ? 0 : 1)];
    }

    /// <summary>The number to call: the primary phone when valid, else the first valid one; null when none is valid.</summary>
    public static DialerPhone? ForCall(DialerCase dialerCase) => CallOrder(dialerCase) is [var first, ..] ? first : null;

    /// <summary>
    /// The number to text: among numbers flagged <c>Text</c> that are valid and can receive texts, the primary one first;
    /// null when the case has none (an unflagged mobile number is never texted).
    /// </summary>
    public static DialerPhone? ForText(DialerCase dialerCase) =>
        CallOrder(dialerCase).FirstOrDefault(p => p.AcceptsTexts && p.Number.CanReceiveTexts);
}
