using System.Globalization;

using Connectors.CasePeer;
using Connectors.CasePeer.Writes;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.IntegrationTests.CasePeer;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>CASEpeer: read every case, plan a first sync, then a message and a document for a few eligible cases.</summary>
internal sealed class CasePeerChaosFlow : IChaosFlow
{
    public string Connector => "CASEpeer";

    public string PathPrefix => "/casepeer";

    public string ListPath => "/casepeer/api/v1/cases";

    public async Task<ChaosOutcome> RunAsync(
        IReadOnlyList<FaultRule> faults,
        int faultSeed,
        bool ignoreIdempotencyKeys,
        CancellationToken cancellationToken)
    {
        await using var harness = await CasePeerHarness.StartAsync(
            new CasePeerSandboxOptions { Cases = 120 },
            o =>
            {
                // The fault-free run stays near 60 requests (6 pages of 20; 10 writes of a note and a document, each with its
                // case or list read first): at about 100 requests in 30 s the 6% 5xx profile can open the circuit breaker
                // (ChaosProfile.ServerErrors), which ends the run rather than testing the writes (seed 960043 did, at 100).
                o.PageSize = 20;
                o.AttemptTimeout = ChaosProfile.AttemptTimeout;
                o.WriteAttempts = 5;
            },
            new() { FaultSeed = faultSeed, IgnoreIdempotencyKeys = ignoreIdempotencyKeys },
            cancellationToken);
        var server = harness.Server;
        var provider = harness.Services;
        foreach (var fault in faults)
        {
            server.Faults.Add(fault);
        }

        var platform = new List<string>();
        try
        {
            var source = new List<SourceCase>();
            await foreach (var item in provider.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(
                SyncWindow.Unbounded,
                cancellationToken))
            {
                source.Add(item);
            }

            var plan = SyncPlanner.Plan(new SyncRequest
            {
                Tenant = "firm",
                SourceSystem = "casepeer",
                Now = Instant.FromUtc(2026, 11, 25, 2, 0),
                Window = SyncWindow.Unbounded,
                Source = source,
                Target = [],
                Stages = new StageCatalog(CasePeerSeedData.Statuses.Select(s => new PracticeAreaStages(s.Key, s.Value))),
                KnownAttorneys = CasePeerSeedData.Attorneys.Take(3).Select(a => a.Email!).ToList(),
            });
            platform.AddRange(plan.Operations.Select(o => o.ToString()));

            var messages = provider.GetRequiredService<CasePeerNoteWriter>();
            var documents = provider.GetRequiredService<CasePeerDocumentWriter>();
            foreach (var create in plan.Operations.Where(o => o.Kind == OperationKind.Create).Take(10))
            {
                var note = await messages.WriteNoteAsync(
                    new PlatformMessage($"m-{create.SourceId}", create.Key, "Your appointment is confirmed."),
                    cancellationToken);
                var document = await documents.WriteDocumentAsync(
                    create.Key,
                    new PlatformDocument($"d-{create.SourceId}", "letter.pdf", "%PDF-1.7 letter"u8.ToArray()),
                    cancellationToken);
                platform.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"note on {note.Case.SourceId}; document letter.pdf on {create.SourceId} {document.Kind}"));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Outcome(server, platform, ex);
        }

        return Outcome(server, platform, null);
    }

    private static ChaosOutcome Outcome(SandboxServer server, List<string> platform, Exception? error) =>
        new(
            platform,
            [.. server.Writes.Records.Select(w => $"{w.Operation} {w.ResourceId}")],
            server.Faults.Requests,
            server.Faults.Fired,
            error)
        {
            FiredByLabel = server.Faults.FiredByLabel,
        };
}
