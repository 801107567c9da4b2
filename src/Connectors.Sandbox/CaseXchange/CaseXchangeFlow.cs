namespace Connectors.Sandbox.CaseXchange;

/// <summary>
/// The server's own copy of the referral flow (kept apart from the SDK's, so tests compare two implementations):
/// draft → sent → received → under_evaluation → investigating → signed → in_litigation → closing → closed/won/lost;
/// sent → rejected or withdrawn.
/// </summary>
internal static class CaseXchangeFlow
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["draft"] = ["sent"],
        ["sent"] = ["received", "rejected", "withdrawn"],
        ["received"] = ["under_evaluation"],
        ["under_evaluation"] = ["investigating"],
        ["investigating"] = ["signed"],
        ["signed"] = ["in_litigation", "closing"],
        ["in_litigation"] = ["closing"],
        ["closing"] = ["closed", "won", "lost"],
    };

    /// <summary>The closing statuses.</summary>
    public static IReadOnlyList<string> ClosingStatuses { get; } = ["won_settled", "lost", "no_longer_pursuing"];

    /// <summary>The happy path a referral takes when the receiving firm works it.</summary>
    public static IReadOnlyList<string> HappyPath { get; } = [
        "draft",
        "sent",
        "received",
        "under_evaluation",
        "investigating",
        "signed",
        "in_litigation",
        "closing",
        "won"];

    /// <summary>True when <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool CanMove(string from, string to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to, StringComparer.Ordinal);

    /// <summary>True when a move to <paramref name="to"/> needs a closing status.</summary>
    public static bool NeedsClosingStatus(string to) => to is "closing" or "closed";

    /// <summary>The next status on the happy path, or null at its end.</summary>
    public static string? NextOnHappyPath(string from) =>
        HappyPath.ToList().IndexOf(from) is var i and >= 0 && i + 1 < HappyPath.Count ? HappyPath[i + 1] : null;
}
