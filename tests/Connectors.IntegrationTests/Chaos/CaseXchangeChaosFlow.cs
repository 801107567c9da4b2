using System.Globalization;

using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core.Http;
using Connectors.IntegrationTests.CaseXchange;
using Connectors.Sandbox;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>Case Xchange: drafts created and referred, messages sent, then the CRM write-back and intake plans.</summary>
internal sealed class CaseXchangeChaosFlow : IChaosFlow
{
    public string Connector => "Case Xchange";

    public string PathPrefix => "/casexchange";

    public string ListPath => "/casexchange/api/public/v1/received-referrals";

    public async Task<ChaosOutcome> RunAsync(
        IReadOnlyList<FaultRule> faults,
        int faultSeed,
        bool ignoreIdempotencyKeys,
        CancellationToken cancellationToken)
    {
        await using var harness = await CaseXchangeHarness.StartAsync(
            configure: o =>
            {
                o.PageSize = 3;
                o.AttemptTimeout = ChaosProfile.AttemptTimeout;
                o.WriteAttempts = 5;
            },
            options: new() { FaultSeed = faultSeed, IgnoreIdempotencyKeys = ignoreIdempotencyKeys },
            cancellationToken: cancellationToken);
        var server = harness.Server;
        var vendor = harness.Vendor;
        var provider = harness.Services;
        var client = provider.GetRequiredService<CaseXchangeClient>();
        foreach (var fault in faults)
        {
            server.Faults.Add(fault);
        }

        var platform = new List<string>();
        var unknown = new List<string>();
        try
        {
            for (var i = 1; i <= 16; i++)
            {
                var cmsId = string.Create(CultureInfo.InvariantCulture, $"CHAOS-{i}");
                var draft = await client.CreateDraftAsync(
                    new CaseXchangeCreateSentCase(
                        $"Referral {i}",
                        "ct-pi",
                        "jur-ca",
                        "Client",
                        "Name",
                        CmsId: cmsId,
                        SalesforceRecordId: "a0BCHAOS" + i),
                    idempotencyKey: "draft-" + cmsId,
                    cancellationToken);
                var sent = await client.ReferAsync(draft.Id, vendor.PartnerFirms[i % vendor.PartnerFirms.Count].Id, cancellationToken);
                vendor.AdvanceOnHappyPath(sent.Id);
                try
                {
                    await client.SendMessageAsync(
                        new CaseXchangeMessage(sent.Id, "Records attached.", IdempotencyKey: "message-" + cmsId),
                        cancellationToken);
                }
                catch (WriteOutcomeUnknownException)
                {
                    unknown.Add(sent.Id); // Case Xchange cannot show a message back: the host parks it for reconciliation and goes on
                }
            }

            var sentCases = new List<CaseXchangeSentCase>();
            await foreach (var item in client.ReadSentCasesAsync(cancellationToken: cancellationToken))
            {
                sentCases.Add(item);
            }

            var received = new List<CaseXchangeReceivedReferral>();
            await foreach (var item in client.ReadReceivedReferralsAsync(cancellationToken: cancellationToken))
            {
                received.Add(item);
            }

            var map = new CrmStatusMap(ReferralStatus.Known.ToDictionary(s => s, s => s.Value));
            platform.AddRange(
                CrmWriteBackPlanner.Plan(sentCases, map)
                    .Select(w => $"write-back {w.ReferenceNumber} {w.CrmRecordId} {w.StatusValue} {w.SkipReason}"));
            platform.AddRange(IntakePlanner.Plan(received, new HashSet<string>()).Select(r => $"intake {r.ReferenceNumber}"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Outcome(server, vendor, platform, ex, unknown);
        }

        return Outcome(server, vendor, platform, null, unknown);
    }

    // Write lines name a referral by its reference number, not its generated id: one write more or less must not shift
    // every later id. A message reported as unknown that did not land is counted as reported, not as silently lost.
    private static ChaosOutcome Outcome(
        SandboxServer server,
        CaseXchangeSandbox vendor,
        List<string> platform,
        Exception? error,
        List<string> unknown)
    {
        var references = vendor.SentCases.ToDictionary(c => c.Id, c => c.ReferenceNumber, StringComparer.Ordinal);
        var messaged = vendor.Messages.Select(m => m.ReferralId).ToHashSet(StringComparer.Ordinal);
        return new(
            platform,
            [.. server.Writes.Records.Select(w => $"{w.Operation} {references.GetValueOrDefault(w.ResourceId, w.ResourceId)} {w.Detail}")],
            server.Faults.Requests,
            server.Faults.Fired,
            error)
        {
            FiredByLabel = server.Faults.FiredByLabel,
            Unknown = unknown.Count,
            UnknownNotLanded = unknown.Count(id => !messaged.Contains(id)),
        };
    }
}
