namespace Connectors.MyCase.Models;

/// <summary>One error. MyCase says the description text may change: never branch on it.</summary>
internal sealed record MyCaseError
{
    /// <summary>What went wrong, for a person.</summary>
    public string? Description { get; init; }

    /// <summary>What the error is about, if known.</summary>
    public MyCaseErrorSource? Source { get; init; }
}
