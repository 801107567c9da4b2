using System.Globalization;

using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.IntegrationTests.CaseXchange;
using Connectors.Sandbox.CaseXchange;

using Microsoft.Extensions.DependencyInjection;

using Xunit.Abstractions;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>
/// Case Xchange has no case sync to resume; its writes are the referral flow. Cancelled at a random request and run
/// again from the start, the flow ends with the same referrals and the same write log as an uninterrupted run: drafts
/// and messages carry keys derived from the firm's own ids, and a referral already sent to the firm is not sent again.
/// </summary>
public sealed class CaseXchangeReferralResumeTests(ITestOutputHelper output)
{
    private const int Referrals = 5;

    private static int Seeds => ResumeFlows.Seeds(inCi: 50);

    [Fact]
    public async Task A_referral_flow_cancelled_anywhere_and_run_again_ends_as_the_uninterrupted_run()
    {
        var (expected, points) = await RunAsync(cancelAt: 0);
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var cancelAt = new Random(seed).Next(1, points + 1);
            var (actual, _) = await RunAsync(cancelAt);

            Assert.True(
                expected.SequenceEqual(actual),
                $"seed {seed}, cancelled at request {cancelAt} of {points}:\n{string.Join("\n", actual)}");
        }

        output.WriteLine($"Case Xchange: {Seeds} seeds over {points} cancellation points.");
    }

    private static async Task<(IReadOnlyList<string> Outcome, int Points)> RunAsync(int cancelAt)
    {
        var point = new CancellationPoint();
        await using var harness = await CaseXchangeHarness.StartAsync(
            configure: o => o.PageSize = new CaseXchangeOptions().PageSize,
            options: point.OnEveryRequest());
        var server = harness.Server;
        var vendor = harness.Vendor;
        var provider = harness.Services;
        var client = provider.GetRequiredService<CaseXchangeClient>();
        var partner = vendor.PartnerFirms[0].Id;

        using (var run = new CancellationTokenSource())
        {
            point.Arm(cancelAt, run);
            try
            {
                await FlowAsync(client, partner, run.Token);
            }
            catch (OperationCanceledException) when (run.IsCancellationRequested)
            {
                point.Arm(0, run);
                await FlowAsync(client, partner, CancellationToken.None); // the host runs it again, from the start
            }
        }

        var sent = vendor.SentCases.Where(c => c.CmsId?.StartsWith("RESUME-", StringComparison.Ordinal) == true)
            .Select(c => $"{c.CmsId} {c.Status} {c.ReceivingFirmId}");
        var writes = server.Writes.Records.Select(w => $"{w.Operation} {w.Detail}");
        return ([.. sent, .. writes, $"messages {vendor.Messages.Count}"], point.Ticks);
    }

    private static async Task FlowAsync(CaseXchangeClient client, string partner, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= Referrals; i++)
        {
            var cmsId = string.Create(CultureInfo.InvariantCulture, $"RESUME-{i}");
            var draft = await client.CreateDraftAsync(
                new CaseXchangeCreateSentCase(
                    $"Referral {i}",
                    "ct-pi",
                    "jur-ca",
                    "Client",
                    "Name",
                    CmsId: cmsId), idempotencyKey: "draft-" + cmsId, cancellationToken);
            await client.ReferAsync(draft.Id, partner, cancellationToken);
            await client.SendMessageAsync(
                new CaseXchangeMessage(draft.Id, "Records attached.", IdempotencyKey: "message-" + cmsId),
                cancellationToken);
        }
    }
}
