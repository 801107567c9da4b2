namespace Connectors.SmartAdvocate.Dialer;

/// <summary>What the planner decided for one outcome.</summary>
public enum DialerAction
{
    /// <summary>Back to "To Dial" at the next permitted time.</summary>
    Retry = 0,

    /// <summary>"Do not Dial": the disposition stops dialling (a success).</summary>
    Stop,

    /// <summary>"Do not Dial": the attempts ran out.</summary>
    AttemptsExhausted,

    /// <summary>"Do not Dial": the case has no valid number to call.</summary>
    NoNumber,

    /// <summary>"Do not Dial": calling hours in the person's zones never overlap.</summary>
    NoPermittedTime,

    /// <summary>No update: the outcome names a case that was not dialled in this batch, or a second outcome for one.</summary>
    Ignored,
}
