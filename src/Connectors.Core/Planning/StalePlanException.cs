namespace Connectors.Core.Planning;

/// <summary>A plan was about to be applied to a target that changed since the plan was made. Plan again.</summary>
public sealed class StalePlanException : ConnectorException
{
    /// <summary>Creates the exception.</summary>
    public StalePlanException(string expectedFingerprint, string actualFingerprint)
        : base($"The plan was made against target snapshot {expectedFingerprint}, but the target is now {actualFingerprint}. Plan again " +
            "before applying.")
    {
        ExpectedFingerprint = expectedFingerprint;
        ActualFingerprint = actualFingerprint;
    }

    /// <summary>The fingerprint the plan was made against.</summary>
    public string ExpectedFingerprint { get; }

    /// <summary>The fingerprint of the target now.</summary>
    public string ActualFingerprint { get; }
}
