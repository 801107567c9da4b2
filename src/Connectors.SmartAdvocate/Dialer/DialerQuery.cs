namespace Connectors.SmartAdvocate.Dialer;

/// <summary>What to ask <c>GetCasesToDial</c> for.</summary>
public sealed record DialerQuery
{
    /// <summary>Campaign name; empty for every campaign.</summary>
    public string Campaign { get; init; } = "";

    /// <summary>Case group name; empty for every case group.</summary>
    public string CaseGroup { get; init; } = "";

    /// <summary>How many cases to return (1 or more). Default 50.</summary>
    public int Records { get; init; } = 50;

    /// <summary>True (the default) to have SmartAdvocate set the returned cases to "In the Dialer".</summary>
    public bool AutoChange { get; init; } = true;
}
