using System.Text.Json;

using CaseXchange.Sample;

using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Samples;
using Connectors.Sandbox;
using Connectors.Sandbox.CaseXchange;

using Microsoft.Extensions.DependencyInjection;

// Case Xchange: create a draft, refer it, watch the other firm work it; a second referral is rejected and re-referred from
// the record its first referral created; then the CRM write-back plan and the intake plan.
// Zero configuration runs against the in-process sandbox; a real account needs an API key (reads only unless --write).
//   dotnet run --project samples/CaseXchange.Sample [-- --json] [--bulk pairs.csv]
//       [--api-key cxp_std_... --environment Production|Uat | --base-address https://...] [--write --refer-to FIRM_ID]
//       [--write --re-refer CASE_ID --refer-to FIRM_ID --destination-record CRM_ID]
var json = SampleArgs.Flag(args, "--json");
var apiKey = SampleArgs.Option(args, "--api-key") ?? Environment.GetEnvironmentVariable("CASEXCHANGE_API_KEY");
var useSandbox = apiKey is null;

await using var sandbox = useSandbox ? await SandboxServer.StartAsync(new SandboxOptions { Vendors = [new CaseXchangeSandbox()] }) : null;
var vendor = sandbox?.Vendor<CaseXchangeSandbox>();

var services = new ServiceCollection();
// In code here; a host with appsettings.json binds a section instead: services.AddCaseXchange(configSectionPath: "CaseXchange").
// Many firms in one host: services.AddKeyedCaseXchange(firmKey, ...) per firm, resolved with GetRequiredKeyedService.
services.AddCaseXchange(o =>
{
    if (vendor is not null)
    {
        o.Environment = CaseXchangeEnvironment.Custom;
        o.BaseAddress = new Uri(sandbox!.BaseAddressOf(vendor.PathPrefix), "api/public/v1/");
        o.ApiKey = vendor.Options.StandardKey;
        return;
    }

    o.ApiKey = apiKey;
    o.Environment = Enum.Parse<CaseXchangeEnvironment>(SampleArgs.Option(args, "--environment") ?? "Production", ignoreCase: true);
    if (SampleArgs.Option(args, "--base-address") is { } address)
    {
        o.Environment = CaseXchangeEnvironment.Custom;
        o.BaseAddress = new Uri(address);
    }
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<CaseXchangeClient>();

var firm = await client.CheckKeyAsync();
var journey = new List<(string Step, CaseXchangeSentCase Case)>();
var referTo = SampleArgs.Option(args, "--refer-to") ?? vendor?.PartnerFirms[0].Id;
if ((useSandbox || SampleArgs.Flag(args, "--write")) && referTo is not null)
{
    // The CRM record id travels with the case, so the write-back can find its way home.
    var draft = await client.CreateDraftAsync(
        new CaseXchangeCreateSentCase(
            "Sample referral: rear-end collision",
            "ct-pi",
            "jur-ca",
            "Sample",
            "Client",
            CmsId: "SAMPLE-1",
            SalesforceRecordId: "a0BSAMPLE0000001"),
        idempotencyKey: "sample-draft-SAMPLE-1");
    journey.Add(("create draft", draft));
    journey.Add(("refer", await client.ReferAsync(draft.Id, referTo)));
    if (vendor is not null)
    {
        foreach (var _ in Enumerable.Range(0, 3))
        {
            vendor.AdvanceOnHappyPath(draft.Id); // the receiving firm acknowledges, evaluates, investigates
            var now = await client.GetSentCaseAsync(draft.Id);
            journey.Add(($"other firm: {now.Status}", now));
        }

        await client.SendMessageAsync(new CaseXchangeMessage(
            draft.Id,
            "Medical records are on their way.",
            IdempotencyKey: "sample-message-1"));
    }
}

// Re-referral: the firm's mappings send Leads and create Matters; a Matter is also the source of a mapping, so a
// rejected referral can be re-referred from the Matter its first referral created (the integration's rule).
// The write-back updates the Matter (the destination object), setting the fields named here.
CrmObjectMapping[] mappings =
[
    new("Lead", "litify_pm__Matter__c", new CrmFieldNames("CX_Id__c", "CX_Reference_Number__c", "CX_Status__c", "CX_Receiving_Firm__c")),
    new("litify_pm__Matter__c", null),
];
CaseXchangeReReferral? reReferral = null;
if (vendor is not null)
{
    var lead = await client.CreateDraftAsync(
        new CaseXchangeCreateSentCase(
            "Sample referral: slip and fall",
            "ct-pi",
            "jur-ca",
            "Sample",
            "Client",
            CmsId: "SAMPLE-2",
            SalesforceRecordId: "00QSAMPLE000002"),
        idempotencyKey: "sample-draft-SAMPLE-2");
    journey.Add(("refer (second case)", await client.ReferAsync(lead.Id, vendor.PartnerFirms[0].Id)));
    vendor.Advance(lead.Id, "rejected"); // the receiving firm declines it
    journey.Add(("other firm: rejected", await client.GetSentCaseAsync(lead.Id)));
    reReferral = await client.ReReferAsync(lead.Id, vendor.PartnerFirms[1].Id, "a0MSAMPLE000002", mappings[0], mappings);
    journey.Add(($"re-refer (referral {reReferral.SequenceNumber})", await client.GetSentCaseAsync(reReferral.Id)));
}
else if (SampleArgs.Flag(args, "--write") && SampleArgs.Option(args, "--re-refer") is { } reReferId && referTo is not null
    && SampleArgs.Option(args, "--destination-record") is { } destinationRecord)
{
    reReferral = await client.ReReferAsync(reReferId, referTo, destinationRecord, mappings[0], mappings);
}

var map = FirmStatusMap.Create();
var sent = new List<CaseXchangeSentCase>();
// The list may not carry salesforceRecordId: a case without it is read by itself for it.
await foreach (var item in client.ReadSentCasesWithCrmIdAsync())
{
    sent.Add(item);
}

var writeBack = CrmWriteBackPlanner.Plan(sent, map, mappings[0]);
var bulk = SampleArgs.Option(args, "--bulk") is { } bulkFile ? CrmWriteBackPlanner.PlanBulk(sent, BulkPairs.Read(bulkFile), map) : null;

var received = new List<CaseXchangeReceivedReferral>();
await foreach (var item in client.ReadReceivedReferralsAsync())
{
    received.Add(item);
}

var alreadyCreated = new HashSet<string>(StringComparer.Ordinal); // the host's store of intakes made; empty on a first run
var intakes = IntakePlanner.Plan(received, alreadyCreated);

if (json)
{
    Console.WriteLine(JsonSerializer.Serialize(
        new
        {
            firm = firm.Name,
            journey = journey.Select(j => new { step = j.Step, reference = j.Case.ReferenceNumber, status = j.Case.Status.Value }),
            reReferral = reReferral is null
                ? null
                : new
                {
                    reReferral.ReferenceNumber,
                    reReferral.SequenceNumber,
                    reReferral.ReceivingFirmName,
                    reReferral.SalesforceRecordId,
                },
            writeBack = writeBack.Select(w => new
            {
                w.ReferenceNumber,
                w.CrmObject,
                w.CrmRecordId,
                w.StatusValue,
                w.ReceivingFirmName,
                w.Fields,
                w.SkipReason,
            }),
            bulk = bulk?.Select(w => new { w.ReferenceNumber, w.CrmRecordId, w.StatusValue, w.SkipReason }),
            intakes = intakes.Select(i => new { i.ReferenceNumber, status = i.Status.Value }),
        },
        new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
    return 0;
}

Console.WriteLine($"Connected as {firm.Name}{(useSandbox ? " (sandbox)" : string.Empty)}.");
if (journey.Count > 0)
{
    SamplePrinter.Journey(journey);
}

if (reReferral is not null)
{
    Console.WriteLine(
        $"Re-referred as {reReferral.ReferenceNumber} (referral {reReferral.SequenceNumber} of the case) "
            + $"to {reReferral.ReceivingFirmName}, "
            + $"from {reReferral.SalesforceObjectType} {reReferral.SalesforceRecordId}.");
}

SamplePrinter.WriteBack("CRM write-back plan (sent cases)", writeBack);
if (bulk is not null)
{
    SamplePrinter.WriteBack("Bulk write-back for historical cases", bulk);
}

SamplePrinter.Intakes(intakes, alreadyCreated.Count);
if (sandbox is not null)
{
    Console.WriteLine($"Sandbox write log: {string.Join(", ", sandbox.Writes.Records.Select(w => w.Operation))}.");
}

return 0;
