namespace Planner.Sample;

/// <summary>What is wrong with, or different about, one demo case; at most one each, so every outcome stays readable.</summary>
internal enum DemoFlaw
{
    None,
    Closed,
    NoPhone,
    Landline,
    InvalidPhone,
    UnknownAttorney,
    NoLastName,
    UnmappedStatus,
    OverriddenStatus,
    SpelledDifferently,
    NotEligible,
    NotConnectedStageMoved,
    NotConnectedClosed,
    Stale,
    StageMoved,
    PhoneChanged,
    AttorneyChanged,
}
