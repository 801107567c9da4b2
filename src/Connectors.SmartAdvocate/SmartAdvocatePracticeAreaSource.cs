namespace Connectors.SmartAdvocate;

/// <summary>What a SmartAdvocate case's practice area (as the platform sees it) is made of.</summary>
public enum SmartAdvocatePracticeAreaSource
{
    /// <summary>The case type (<c>Auto Accident</c>).</summary>
    CaseType = 0,

    /// <summary>The office (<c>Omaha</c>).</summary>
    Office,

    /// <summary>Office, separator, case type (<c>Omaha - Auto Accident</c>).</summary>
    OfficeAndCaseType,
}
