namespace Planner.Sample;

/// <summary>
/// Which demo case gets which flaw. Rare flaws go to named case numbers, common ones to every n-th case, so the
/// plan shows each skip reason and each kind of write on every run, with the same case ids.
/// </summary>
internal static class DemoFlaws
{
    private static readonly Dictionary<int, DemoFlaw> Named = new()
    {
        [42] = DemoFlaw.NoPhone,
        [188] = DemoFlaw.NoPhone,
        [57] = DemoFlaw.Landline,
        [96] = DemoFlaw.InvalidPhone,
        [73] = DemoFlaw.UnknownAttorney,
        [240] = DemoFlaw.UnknownAttorney,
        [121] = DemoFlaw.NoLastName,
        [268] = DemoFlaw.NoLastName,
        [35] = DemoFlaw.NotEligible,
        [199] = DemoFlaw.NotEligible,
        [64] = DemoFlaw.NotConnectedStageMoved,
        [150] = DemoFlaw.NotConnectedClosed,
    };

    public static DemoFlaw For(int number) =>
        Named.TryGetValue(number, out var flaw) ? flaw
        : number == 11 ? DemoFlaw.None // the case the vendor returns twice; one story at a time
        : number % 23 == 0 ? DemoFlaw.Closed
        : number % 37 == 5 ? DemoFlaw.Stale
        : number % 29 == 7 ? DemoFlaw.UnmappedStatus
        : number % 11 == 3 ? DemoFlaw.OverriddenStatus
        : number % 31 == 9 ? DemoFlaw.SpelledDifferently
        : number % 13 == 2 ? DemoFlaw.StageMoved
        : number % 17 == 4 ? DemoFlaw.PhoneChanged
        : number % 19 == 6 ? DemoFlaw.AttorneyChanged
        : DemoFlaw.None;

    /// <summary>True for the one case in ten opened since the last sync; drift and connection flaws need a platform copy.</summary>
    public static bool IsNewSinceLastSync(int number, DemoFlaw flaw) =>
        number % 10 == 8 && flaw is not (DemoFlaw.NotConnectedStageMoved or DemoFlaw.NotConnectedClosed
            or DemoFlaw.StageMoved or DemoFlaw.PhoneChanged or DemoFlaw.AttorneyChanged or DemoFlaw.OverriddenStatus);
}
