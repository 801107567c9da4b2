using Connectors.Core.Planning;
using Connectors.Core.Sources;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>One connector's case source against a fresh sandbox, with every request passing the cancellation point.</summary>
internal interface IResumeFlow
{
    string Connector { get; }

    Task<ResumeSubject> StartAsync(CancellationPoint point);
}

/// <summary>A source ready to sync, the planner settings for it, and what to dispose afterwards.</summary>
internal sealed record ResumeSubject(ICaseSource Source, SyncRequest Settings, IAsyncDisposable Resources)
{
    /// <summary>
    /// Changes cases in the vendor as a firm's users would, at an instant, given the source ids on the platform (sorted):
    /// step 1 closes a few; step 2 reopens those, moves a few others on a stage and closes a few more. Null when the
    /// flow's sandbox cannot change cases.
    /// </summary>
    public Action<int, NodaTime.Instant, IReadOnlyList<string>>? Change { get; init; }
}
