namespace Connectors.Core.Model;

/// <summary>A case as the platform (the target) holds it, linked to its source by <see cref="Key"/>.</summary>
/// <param name="Key">Source system and id of the case this target case was created from (its integration id).</param>
/// <param name="PracticeArea">The platform practice area.</param>
/// <param name="Stage">The platform stage, or null when none was set.</param>
/// <param name="IsClosed">True when the case is closed on the platform.</param>
/// <param name="Client">The client.</param>
/// <param name="AttorneyEmail">The attorney user's email.</param>
public sealed record TargetCase(
    CaseKey Key,
    string PracticeArea,
    string? Stage,
    bool IsClosed,
    ClientContact Client,
    string? AttorneyEmail)
{
    /// <summary>Display name of the case.</summary>
    public string? Title { get; init; }

    /// <summary>Prints the key only: other fields may hold personal data.</summary>
    public override string ToString() => $"TargetCase {{ Key = {Key} }}";
}
