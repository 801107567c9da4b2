using System.Text.Json.Serialization;

using Connectors.CaseXchange.Serialization;

namespace Connectors.CaseXchange.Referrals;

/// <summary>
/// A referral's status as the Public API spells it (<c>under_evaluation</c>). A value, not a closed enum: a status the
/// server adds later is kept as it is (<see cref="IsKnown"/> false), never crashed on. Serialized as its plain string.
/// </summary>
/// <param name="Value">The API's spelling.</param>
[JsonConverter(typeof(ReferralStatusJsonConverter))]
public readonly record struct ReferralStatus(string Value)
{
    /// <summary><c>draft</c>: created, not sent.</summary>
    public static ReferralStatus Draft { get; } = new("draft");

    /// <summary><c>sent</c>.</summary>
    public static ReferralStatus Sent { get; } = new("sent");

    /// <summary><c>received</c>: acknowledged by the receiving firm.</summary>
    public static ReferralStatus Received { get; } = new("received");

    /// <summary><c>under_evaluation</c> ("Under Evaluation").</summary>
    public static ReferralStatus UnderEvaluation { get; } = new("under_evaluation");

    /// <summary><c>investigating</c>.</summary>
    public static ReferralStatus Investigating { get; } = new("investigating");

    /// <summary><c>signed</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The vendor's status name.")]
    public static ReferralStatus Signed { get; } = new("signed");

    /// <summary><c>in_litigation</c>.</summary>
    public static ReferralStatus InLitigation { get; } = new("in_litigation");

    /// <summary><c>closing</c>.</summary>
    public static ReferralStatus Closing { get; } = new("closing");

    /// <summary><c>won</c>.</summary>
    public static ReferralStatus Won { get; } = new("won");

    /// <summary><c>lost</c>.</summary>
    public static ReferralStatus Lost { get; } = new("lost");

    /// <summary><c>rejected</c>: by the receiving firm.</summary>
    public static ReferralStatus Rejected { get; } = new("rejected");

    /// <summary><c>withdrawn</c>: by the sending firm.</summary>
    public static ReferralStatus Withdrawn { get; } = new("withdrawn");

    /// <summary><c>closed</c>.</summary>
    public static ReferralStatus Closed { get; } = new("closed");

    /// <summary>The 13 statuses the Public API documents, in flow order.</summary>
    public static IReadOnlyList<ReferralStatus> Known { get; } =
        [Draft, Sent, Received, UnderEvaluation, Investigating, Signed, InLitigation, Closing, Won, Lost, Rejected, Withdrawn, Closed];

    /// <summary>True for the statuses this SDK knows.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <summary>True when no further transition is possible.</summary>
    public bool IsTerminal => this == Won || this == Lost || this == Rejected || this == Withdrawn || this == Closed;

    /// <summary>The API's spelling.</summary>
    public override string ToString() => Value;
}
