using Connectors.CasePeer;
using Connectors.CasePeer.Messages;
using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.Faults;

using NodaTime;

namespace Connectors.IntegrationTests.CasePeer;

public class CasePeerFlowTests
{
    private const string Cases = "/casepeer/api/v1/cases";

    // How many times a page is read before its failure is passed on (the connector's internal Paginator.PageAttempts).
    private const int PageAttempts = 3;

    private static async Task<List<SourceCase>> ReadAllAsync(CasePeerHarness harness)
    {
        var read = new List<SourceCase>();
        await foreach (var item in harness.Get<CasePeerCaseSource>().ReadCasesAsync(SyncWindow.Unbounded))
        {
            read.Add(item);
        }

        return read;
    }

    [Fact]
    public async Task Sync_reads_every_page_and_plans_every_case()
    {
        await using var harness = await CasePeerHarness.StartAsync();

        var source = await ReadAllAsync(harness);
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

        Assert.Equal(121, source.Count); // 120 cases, one of them listed twice
        Assert.Equal(
            harness.Vendor.Cases.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            source.Select(c => c.Key.SourceId));
        Assert.Equal(121, plan.Summary.Total);
        Assert.True(plan.Summary.Creates > 80);
        Assert.Contains(plan.Operations, o => o.Reason == SkipReason.Invalid);
        Assert.Single(plan.Operations, o => o.Reason == SkipReason.DuplicateInSource);
    }

    [Fact]
    public async Task A_wrong_key_fails_with_an_authentication_error_that_does_not_show_the_key()
    {
        const string wrongKey = "not-the-firm-key-12345";
        await using var harness = await CasePeerHarness.StartAsync(configure: o => o.ApiKey = wrongKey);

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() => ReadAllAsync(harness));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Contains("CasePeer:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal("Invalid API key.", error.VendorMessage);
    }

    [Fact]
    public async Task Sync_completes_when_a_get_fails_once_with_503()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Kind = FaultKind.Unavailable, Method = "GET", PathPrefix = Cases, OnRequests = [2] });

        var source = await ReadAllAsync(harness);

        Assert.Equal(harness.Vendor.Cases.Count, source.Count);
        Assert.Equal(1, harness.Server.Faults.Fired);
    }

    [Fact]
    public async Task Sync_waits_out_a_429_and_completes()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.RateLimited,
            Method = "GET",
            PathPrefix = Cases,
            OnRequests = [1],
            RetryAfter = TimeSpan.FromSeconds(1),
        });

        Assert.Equal(harness.Vendor.Cases.Count, (await ReadAllAsync(harness)).Count);
    }

    [Theory]
    [InlineData(FaultKind.ServerError)]
    [InlineData(FaultKind.DropConnection)]
    public async Task A_note_whose_answer_is_lost_exists_exactly_once(FaultKind fault)
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = fault,
            Method = "POST",
            PathPrefix = $"{Cases}/1001/notes",
            OnRequests = [1],
            AfterHandler = true,
        });
        var message = new PlatformMessage("m-1", new CaseKey("casepeer", "1001"), "Your hearing moved to Monday.");

        var note = await harness.Get<CasePeerNoteWriter>().WriteNoteAsync(message);

        var stored = Assert.Single(harness.Vendor.NotesOf(1001));
        Assert.Equal(note.RecordId, stored.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Received message from Case Status: Message from Case Status: Your hearing moved to Monday.", stored.Note);
        Assert.Equal(harness.Vendor.Cases.First(c => c.Id == 1001).PrimaryAttorney!.Email, stored.AuthorEmail);
        Assert.Single(harness.Server.Writes.Of("casepeer", "note"));

        // The sandbox applies a key once, so one stored note alone cannot tell a blind resend from none: count the requests.
        // The note was sent once (no pipeline retry, no resend) and found by looking at the case (the read before, one look after).
        Assert.Equal(1, harness.Server.Faults.Fired);
        Assert.Equal(1, harness.Server.Context.Requests.Count("POST", $"{Cases}/1001/notes"));
        Assert.Equal(2, harness.Server.Context.Requests.Count("GET", $"{Cases}/1001/notes"));
    }

    [Fact]
    public async Task A_note_post_that_times_out_is_not_retried_blindly_and_lands_once()
    {
        // dotnet/extensions#6548: the standard pipeline may repeat a POST after an attempt timeout. Here it must not;
        // the connector resends on its own, with the same idempotency key, and the server applies it once.
        // The resend must fit in one attempt timeout on a loaded 2-core CI machine: 300 ms did not always (a flaky failure).
        await using var harness = await CasePeerHarness.StartAsync(configure: o => o.AttemptTimeout = TimeSpan.FromMilliseconds(1500));
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.Latency,
            Latency = TimeSpan.FromSeconds(5),
            Method = "POST",
            PathPrefix = $"{Cases}/1004/notes",
            OnRequests = [1],
        });

        await harness.Get<CasePeerNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-slow", new CaseKey("casepeer", "1004"), "Slow"));

        Assert.Single(harness.Vendor.NotesOf(1004));
        var write = Assert.Single(harness.Server.Writes.Of("casepeer", "note"));
        Assert.Equal("message-m-slow", write.IdempotencyKey);
        // The slow attempt was cut before the server acted; the look found nothing, so the note was sent once more, never blindly.
        Assert.Equal(2, harness.Server.Context.Requests.Count("POST", $"{Cases}/1004/notes"));
    }

    [Fact]
    public async Task Our_own_notes_are_recognised_and_never_echo_back()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var messages = harness.Get<CasePeerMessages>();
        await harness.Get<CasePeerNoteWriter>().WriteNoteAsync(new PlatformMessage("m-2", new CaseKey("casepeer", "1002"), "Hello"));

        Assert.Empty(await messages.ReadNotesFromCasePeerAsync("1002"));
        Assert.Null(
            messages.ParseFromCasePeer(
                """{"id": 7, "case_id": 1002, "message": "Received message from Case Status: Message from Case Status: Hello"}"""));
        Assert.Equal("Please call me", messages.ParseFromCasePeer("""{"id": 8, "case_id": 1002, "message": " Please call me "}""")!.Text);
    }

    [Fact]
    public async Task A_document_is_uploaded_once_even_when_sent_again_or_its_answer_is_lost()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = $"{Cases}/1003/documents",
            OnRequests = [1],
            AfterHandler = true,
        });
        var documents = harness.Get<CasePeerDocumentWriter>();
        var document = new PlatformDocument("doc-42", "settlement.pdf", "%PDF-1.7 sample"u8.ToArray());

        var first = await documents.WriteDocumentAsync(new CaseKey("casepeer", "1003"), document);
        var second = await documents.WriteDocumentAsync(new CaseKey("casepeer", "1003"), document);

        Assert.Equal(Core.Writes.WriteResultKind.Written, first.Kind);
        Assert.Equal(Core.Writes.WriteResultKind.AlreadyWritten, second.Kind);
        Assert.Equal(first.RecordId, second.RecordId);
        Assert.Single(harness.Vendor.DocumentsOf(1003));
        Assert.Single(harness.Server.Writes.Of("casepeer", "document"));
    }

    [Fact]
    public async Task A_page_that_stays_malformed_fails_naming_the_endpoint_after_its_reads_and_nothing_is_planned()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.MalformedJson,
            Method = "GET",
            PathPrefix = Cases,
            OnRequests = [2, 3, 4],
        });

        var error = await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => ReadAllAsync(harness));

        Assert.Equal("GET /api/v1/cases", error.Endpoint);
        Assert.Contains("GET /api/v1/cases", error.Message, StringComparison.Ordinal);
        Assert.Equal(PageAttempts, harness.Server.Faults.Fired);
        Assert.Empty(harness.Server.Writes.Records);
    }

    [Fact]
    public async Task A_page_malformed_once_is_read_again_and_every_case_arrives_once()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        harness.Server.Faults.Add(new FaultRule { Kind = FaultKind.MalformedJson, Method = "GET", PathPrefix = Cases, OnRequests = [2] });

        var read = await ReadAllAsync(harness);

        Assert.Equal(harness.Vendor.Cases.Count, read.Count);
        Assert.Equal(1, harness.Server.Faults.Fired);
    }

    [Fact]
    public async Task A_single_case_is_read_by_id_and_a_missing_one_is_null()
    {
        await using var harness = await CasePeerHarness.StartAsync();
        var source = harness.Get<CasePeerCaseSource>();

        var found = await source.ReadCaseAsync("1005");

        Assert.Equal(new CaseKey("casepeer", "1005"), found!.Key);
        Assert.Null(await source.ReadCaseAsync("999999"));
    }
}
