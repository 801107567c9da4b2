using System.Net;

using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Reliability.Tests.Fuzzing;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Reliability.Tests.Surfaces;

/// <summary>Case Xchange: sent cases and received referrals (paged envelopes), one sent case, the firm, both error shapes.</summary>
public sealed class CaseXchangeSurfaces : IFuzzSurfaces
{
    private const string Meta = "\"meta\": {\"requestId\": \"req-7f3a\", \"timestamp\": \"2026-11-24T15:00:00Z\"}";

    private const string SentCase = """{"id": "6f1c2a1e-0000-4000-8000-000000000001", "referenceNumber": "CX-PI-00142",""" +
        """ "cmsId": "CMS-1", "receivingFirmName": "Partner Firm LLP", "receivingFirmId": "firm-2", "status": "under_evaluation",""" +
        """ "closingStatus": null, "updatedAt": "2026-11-20T15:30:00Z", "salesforceRecordId": "a0B000000000001"}""";

    private const string Received = """{"id": "9a8b7c6d-0000-4000-8000-000000000009", "referenceNumber": "CX-PI-00077", "cmsId": null,""" +
        """ "sendingFirmName": "Referring Firm PC", "sendingFirmId": "firm-9", "status": "sent", "closingStatus": null,""" +
        """ "updatedAt": "2026-11-21T10:00:00+02:00"}""";

    private static readonly CrmStatusMap Map = new(ReferralStatus.Known.ToDictionary(s => s, s => $"CRM {s.Value}"));

    /// <inheritdoc />
    public IEnumerable<FuzzSurface> Create()
    {
        var network = new MockNetwork();
        var host = new Lazy<ServiceProvider>(() => Provider(network));
        var second = SentCase.Replace("00142", "00143", StringComparison.Ordinal).Replace("0001\"", "0002\"", StringComparison.Ordinal);
        var third = SentCase.Replace("under_evaluation", "won", StringComparison.Ordinal);
        var sentPage = $$"""{"data": [{{SentCase}}, {{second}}, {{third}}],""" +
            $$""" "pagination": {"page": 1, "limit": 50, "total": 3, "totalPages": 1}, {{Meta}}}""";

        yield return new FuzzSurface("casexchange/sent-cases", [sentPage], async json =>
        {
            network.Payload = json;
            var sent = new List<CaseXchangeSentCase>();
            await foreach (var item in host.Value.GetRequiredService<CaseXchangeClient>().ReadSentCasesAsync().Take(50))
            {
                sent.Add(item);
            }

            return [.. CrmWriteBackPlanner.Plan(sent, Map).Select(w => w.ToString())];
        });

        yield return new FuzzSurface(
            "casexchange/received-referrals",
            [
                $$"""{"data": [{{Received}}, {{Received.Replace("00077", "00078", StringComparison.Ordinal)}}],""" +
                $$""" "pagination": {"page": 1, "limit": 50, "total": 2, "totalPages": 1}, {{Meta}}}""",
            ],
            async json =>
        {
            network.Payload = json;
            var received = new List<CaseXchangeReceivedReferral>();
            await foreach (var item in host.Value.GetRequiredService<CaseXchangeClient>().ReadReceivedReferralsAsync().Take(50))
            {
                received.Add(item);
            }

            return [.. IntakePlanner.Plan(received, new HashSet<string>(StringComparer.Ordinal)).Select(r => r.ToString())];
        });

        yield return new FuzzSurface("casexchange/sent-case", [$$"""{"data": {{SentCase}}, {{Meta}}}"""], async json =>
        {
            network.Payload = json;
            var sent = await host.Value.GetRequiredService<CaseXchangeClient>().GetSentCaseAsync("CX-PI-00142");
            return [CrmWriteBackPlanner.Plan([sent], Map)[0].ToString(), sent.Status.IsTerminal.ToString()];
        });

        yield return new FuzzSurface(
            "casexchange/firm",
            [$$"""{"data": {"id": "firm-1", "name": "Sandbox Referral Partners LLP"}, {{Meta}}}"""],
            async json =>
        {
            network.Payload = json;
            var firm = await host.Value.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
            return [firm.ToString()];
        });

        yield return new FuzzSurface("casexchange/error-body",
            [
                """{"error": {"code": "validation_error", "message": "Invalid input", "details": [{"field": "title",""" +
                $$""" "message": "Required"}, {"field": "title", "message": "Too short"}]}, {{Meta}}}""",
                """{"success": false, "error": {"code": "not_found", "message": "Referral not found"}, "message": "Not found"}""",
            ],
            async json =>
            {
                var errors = new MockNetwork { Payload = json, Status = HttpStatusCode.UnprocessableEntity };
                await using var provider = Provider(errors);
                await provider.GetRequiredService<CaseXchangeClient>().GetSentCaseAsync("CX-PI-00142");
                return [];
            });
    }

    /// <summary>The client through the real DI pipeline, MockHttp as the network, retries without delay.</summary>
    public static ServiceProvider Provider(MockNetwork network)
    {
        var services = new ServiceCollection();
        services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri("https://casexchange.example/api/public/v1/");
            o.ApiKey = "cxp_std_fuzz0key0value";
            o.RetryBaseDelay = TimeSpan.Zero;
            o.MaxRetryAttempts = 0;
            o.WriteAttempts = 1;
        }).ConfigurePrimaryHttpMessageHandler(() => network.Handler);
        return services.BuildServiceProvider();
    }
}
