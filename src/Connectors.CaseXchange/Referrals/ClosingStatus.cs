namespace Connectors.CaseXchange.Referrals;

/// <summary>Why a referral closes: required when it moves to <c>closing</c> or <c>closed</c>.</summary>
/// <param name="Value">The API's spelling.</param>
public readonly record struct ClosingStatus(string Value)
{
    /// <summary><c>won_settled</c>.</summary>
    public static ClosingStatus WonSettled { get; } = new("won_settled");

    /// <summary><c>lost</c>.</summary>
    public static ClosingStatus Lost { get; } = new("lost");

    /// <summary><c>no_longer_pursuing</c>.</summary>
    public static ClosingStatus NoLongerPursuing { get; } = new("no_longer_pursuing");

    /// <summary>The three closing statuses the Public API documents.</summary>
    public static IReadOnlyList<ClosingStatus> Known { get; } = [WonSettled, Lost, NoLongerPursuing];

    /// <summary>The API's spelling.</summary>
    public override string ToString() => Value;
}
