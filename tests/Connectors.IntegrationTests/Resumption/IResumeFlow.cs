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
internal sealed record ResumeSubject(ICaseSource Source, SyncRequest Settings, IAsyncDisposable Resources);
