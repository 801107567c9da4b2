namespace Connectors.IntegrationTests.Resumption;

/// <summary>What a simulated firm does to a case between two syncs.</summary>
internal enum ResumeChange
{
    Close,
    Reopen,
    Update,
}

/// <summary>
/// Which platform cases the firm changes at each step, the same for every connector: step 1 closes three; step 2 reopens
/// those three, moves four others on a stage and closes three more (closed in the source: positive evidence, never a
/// close by absence).
/// </summary>
internal static class ResumeChanges
{
    public static IEnumerable<(string Id, ResumeChange Change)> Roles(int step, IReadOnlyList<string> platformIds) => step switch
    {
        1 => platformIds.Take(3).Select(id => (id, ResumeChange.Close)),
        _ => platformIds.Take(3).Select(id => (id, ResumeChange.Reopen))
            .Concat(platformIds.Skip(3).Take(4).Select(id => (id, ResumeChange.Update)))
            .Concat(platformIds.Skip(7).Take(3).Select(id => (id, ResumeChange.Close))),
    };
}
