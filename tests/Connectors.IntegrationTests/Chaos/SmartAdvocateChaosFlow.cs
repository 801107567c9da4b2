using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.IntegrationTests.SmartAdvocate;
using Connectors.Sandbox;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// SmartAdvocate: read every case over CaseSyncAPI, then one dialer cycle the repeatable way (read the cases to dial
/// without auto-change, update their status, one keyed note per case).
/// </summary>
internal sealed class SmartAdvocateChaosFlow : IChaosFlow
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 24, 15, 0);
    private static readonly string[] Outcomes = ["Busy", "No Answer", "Successful", "Answering Machine"];

    public string Connector => "SmartAdvocate";

    public string PathPrefix => "/" + SmartAdvocateSandbox.Prefix;

    // CaseInfo answers in one piece: the "page" the malformed-page profile spoils is that one answer.
    public string ListPath => $"/{SmartAdvocateSandbox.Prefix}/CaseSyncAPI/case/CaseInfo";

    public int MalformedAt => 1;

    public async Task<ChaosOutcome> RunAsync(
        IReadOnlyList<FaultRule> faults,
        int faultSeed,
        bool ignoreIdempotencyKeys,
        CancellationToken cancellationToken)
    {
        await using var harness = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { Cases = 40 },
            o =>
            {
                o.AttemptTimeout = ChaosProfile.AttemptTimeout;
                o.WriteAttempts = 5;
            },
            new() { Start = Now, FaultSeed = faultSeed, IgnoreIdempotencyKeys = ignoreIdempotencyKeys },
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
            await foreach (var item in provider.GetRequiredService<SmartAdvocateCaseSource>().ReadCasesAsync(
                SyncWindow.Unbounded,
                cancellationToken))
            {
                platform.Add($"case {item.Key.SourceId} {item.Status} {item.IsClosed}");
            }

            var dialer = provider.GetRequiredService<SmartAdvocateDialerClient>();
            var cases = await dialer.GetCasesToDialAsync(
                new DialerQuery { Campaign = "", Records = 20, AutoChange = false },
                cancellationToken);
            var plan = DialerPlanner.Plan(new DialerPlanRequest
            {
                Now = Now,
                Cases = cases,
                Outcomes = [.. cases.Select((c, i) => new CallOutcome(c.CaseId, Outcomes[i % Outcomes.Length]))],
                Zones = new CallZoneResolver(dialer.DialerZone),
                Vocabulary = dialer.Vocabulary,
            });
            await dialer.UpdateCaseStatusAsync(plan.Updates, cancellationToken);
            foreach (var decision in plan.Decisions.Where(d => d.Update is not null))
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"cycle-1-{decision.CaseId}");
                var caseKey = new CaseKey("smartadvocate", decision.CaseId.ToString(CultureInfo.InvariantCulture));
                var message = new PlatformMessage(key, caseKey, $"Dialer: {decision.Disposition} ({decision.Action}).");
                await provider.GetRequiredService<ICaseNoteWriter>().WriteNoteAsync(message, cancellationToken);
                platform.Add($"dialed {decision.CaseId} {decision.Action}");
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
            [.. server.Writes.Records.Select(w => $"{w.Operation} {w.ResourceId} {w.Detail}")],
            server.Faults.Requests,
            server.Faults.Fired,
            error)
        {
            FiredByLabel = server.Faults.FiredByLabel,
        };
}
