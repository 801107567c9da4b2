using System.Net;
using System.Text;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;
using Connectors.Reliability.Tests.Fuzzing;
using Connectors.Reliability.Tests.Surfaces;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.Reliability.Tests;

/// <summary>One test per defect the MyCase fuzz surfaces found, each fixed in <c>src/Connectors.MyCase</c>.</summary>
public sealed class MyCaseBadRecordTests
{
    private static readonly SyncWindow Window = new(Instant.FromUtc(2000, 1, 1, 0, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

    [Fact]
    public async Task One_unreadable_case_of_a_page_is_skipped_with_its_reason_and_the_others_are_read()
    {
        var bad = MyCaseSurfaces.Case(1043, "Treatment", 51043).Replace("\"status\": \"open\"", "\"status\": 7", StringComparison.Ordinal);
        var (first, last) = (MyCaseSurfaces.Case(1042, "Intake", 51042), MyCaseSurfaces.Case(1044, "Settled", 51044));
        var network = new MockNetwork { Payload = $"[{first},{bad},{last},\"not a case\"]" }
            .Route(r => r.RequestUri!.AbsolutePath == "/v1/staff", _ => (HttpStatusCode.OK, "[]"));
        await using var provider = MyCaseSurfaces.Host(network);

        var cases = new List<SourceCase>();
        await foreach (var item in provider.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
        {
            cases.Add(item);
        }

        Assert.Equal(["1042", "1043", "1044", "0"], cases.Select(c => c.Key.SourceId));
        Assert.Null(cases[0].ReadError);
        Assert.Contains("status", cases[1].ReadError, StringComparison.Ordinal);
        Assert.DoesNotContain("Brooks", cases[1].ReadError, StringComparison.Ordinal);
        Assert.NotNull(cases[3].ReadError);
        Assert.Equal(["1042", "1044"], PlannerProbe.Exercise(cases, "mycase").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_null_staff_entry_on_a_case_does_not_stop_the_read()
    {
        var item = MyCaseSurfaces.Case(1042, "Intake", 51042).Replace("\"staff\": [", "\"staff\": [null, ", StringComparison.Ordinal);
        var network = new MockNetwork { Payload = $"[{item}]" }
            .Route(
                r => r.RequestUri!.AbsolutePath == "/v1/staff",
                _ => (HttpStatusCode.OK, """[{"id": 3, "email": "a.reyes@firm.example"}]"""));
        await using var provider = MyCaseSurfaces.Host(network);

        var cases = new List<SourceCase>();
        await foreach (var read in provider.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(Window))
        {
            cases.Add(read);
        }

        Assert.Equal("a.reyes@firm.example", Assert.Single(cases).AttorneyEmail);
    }

    [Theory]
    [InlineData("""{"resource": "\udbff\udbff", "action": "updated", "resource_body": {"id": 1042}}""")]
    [InlineData("""{"resource": "case", "resource_body": {"id": "\ud800"}}""")]
    [InlineData("""{"resource": "case", "action": "updated", "resource_body": {"id": -1}}""")]
    [InlineData("""{"model": "case", "id": 0}""")]
    public void A_signed_delivery_with_invalid_unicode_or_no_positive_id_is_refused_as_unreadable(string body)
    {
        using var provider = MyCaseSurfaces.Host(new MockNetwork());
        var bytes = Encoding.UTF8.GetBytes(body);

        Assert.Throws<ConnectorResponseFormatException>(() => provider.GetRequiredService<MyCaseWebhooks>()
            .ReadDelivery(bytes, MyCaseWebhookSignature.Compute(bytes, MyCaseSurfaces.HmacKey), MyCaseSurfaces.HmacKey));
    }

    [Fact]
    public async Task An_open_circuit_on_the_api_is_a_connector_error_not_a_polly_exception()
    {
        var network = new MockNetwork { Status = HttpStatusCode.ServiceUnavailable, Payload = "{}" };
        await using var provider = MyCaseSurfaces.Host(network);
        var source = provider.GetRequiredService<MyCaseCaseSource>();

        var errors = new List<Exception>();
        for (var i = 0; i < 120; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<ConnectorApiException>(() => source.ReadCaseAsync("1042")));
        }

        Assert.Contains(
            errors,
            e => e.InnerException is Polly.CircuitBreaker.BrokenCircuitException && e.Message.Contains(
                "circuit breaker",
                StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_open_circuit_on_the_authorization_server_is_a_connector_error()
    {
        var network = new MockNetwork { Status = HttpStatusCode.ServiceUnavailable, Payload = "{}" };
        await using var provider = MyCaseSurfaces.Host(network);
        var oauth = provider.GetRequiredService<MyCaseOAuthClient>();

        var errors = new List<Exception>();
        for (var i = 0; i < 120; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<ConnectorApiException>(() => oauth.ExchangeCodeAsync("code-1")));
        }

        // The PUT goes through the write-safety block, so the open circuit is the cause of the PUT's failure it reports.
        Assert.Contains(
            errors,
            e =>
                e.InnerException is Polly.CircuitBreaker.BrokenCircuitException
                    || e.InnerException?.InnerException is Polly.CircuitBreaker.BrokenCircuitException);
    }

    [Fact]
    public async Task An_open_circuit_on_the_presigned_upload_is_a_connector_error()
    {
        var created = """{"id": 7002, "description": "x", "put_url": "https://s3.mycase.example/uploads/7002?X-Amz-Signature=0f3e",""" +
            """ "put_headers": {"x-amz-acl": "private"}}""";
        var network = new MockNetwork { Payload = created }
            .Route(r => r.Method == HttpMethod.Get, _ => (HttpStatusCode.OK, "[]"))
            .Route(r => r.Method == HttpMethod.Put, _ => (HttpStatusCode.ServiceUnavailable, string.Empty));
        await using var provider = MyCaseSurfaces.Host(network);
        var documents = provider.GetRequiredService<MyCaseDocumentWriter>();

        var errors = new List<ConnectorApiException>();
        for (var i = 0; i < 120; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<ConnectorApiException>(() => documents.WriteDocumentAsync(
                new CaseKey("mycase", "1042"),
                new PlatformDocument($"doc-{i}", "a.pdf", "%PDF"u8.ToArray()))));
        }

        // The PUT goes through the write-safety block, so the open circuit is the cause of the PUT's failure it reports.
        Assert.Contains(
            errors,
            e =>
                e.InnerException is Polly.CircuitBreaker.BrokenCircuitException
                    || e.InnerException?.InnerException is Polly.CircuitBreaker.BrokenCircuitException);
        Assert.All(errors, e => Assert.DoesNotContain("X-Amz-Signature", e.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://s3.mycase.example/uploads/7002?X-Amz-Signature=0f3e")]
    [InlineData("ftp://s3.mycase.example/uploads/7002")]
    public async Task A_put_url_that_is_not_https_is_refused_and_nothing_is_sent_to_it(string putUrl)
    {
        var created = $$"""{"id": 7002, "description": "x", "put_url": "{{putUrl}}"}""";
        var puts = 0;
        var network = new MockNetwork { Payload = created }
            .Route(r => r.Method == HttpMethod.Get, _ => (HttpStatusCode.OK, "[]"))
            .Route(r => r.Method == HttpMethod.Put, _ => (HttpStatusCode.OK, string.Empty + puts++));
        await using var provider = MyCaseSurfaces.Host(network);

        var refused = await Assert.ThrowsAsync<ConnectorResponseFormatException>(
            () => provider.GetRequiredService<MyCaseDocumentWriter>()
                .WriteDocumentAsync(new CaseKey("mycase", "1042"), new PlatformDocument("doc-1", "a.pdf", "%PDF"u8.ToArray())));

        Assert.Equal(0, puts);
        Assert.DoesNotContain("X-Amz-Signature", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_case_list_record_without_a_usable_id_is_handed_on_as_unreadable()
    {
        var network = new MockNetwork { Payload = MyCaseSurfaces.Case(1042, "Intake", 51042) }
            .Route(
                r => r.RequestUri!.AbsolutePath.EndsWith("/cases", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, """[{"id": "x"}, {"id": 1042}]"""))
            .Route(
                r => r.RequestUri!.AbsolutePath.StartsWith("/v1/staff/", StringComparison.Ordinal),
                _ => (HttpStatusCode.OK, """{"id": 3, "email": "a.reyes@firm.example"}"""));
        await using var provider = MyCaseSurfaces.Host(network);

        var cases = await provider.GetRequiredService<MyCaseWebhooks>().ResolveAsync(new MyCaseWebhookHint("client", "updated", 51042));

        Assert.Equal(2, cases.Count);
        Assert.NotNull(cases[0].ReadError);
        Assert.Null(cases[1].ReadError);
        Assert.Contains(SyncPlanner.Plan(new SyncRequest
        {
            Tenant = "t",
            SourceSystem = "mycase",
            Now = Window.End,
            Window = Window,
            Source = cases,
            Target = [],
            Stages = new Core.Stages.StageCatalog([]),
            StageMap = new Core.Stages.StageMap([]),
            KnownAttorneys = [],
        }).Operations, o => o.Key == cases[0].Key && o.Reason == SkipReason.Unreadable);
    }

    [Fact]
    public async Task A_null_answer_where_a_resource_was_expected_is_an_sdk_format_error()
    {
        var network = new MockNetwork { Payload = "null" };
        await using var provider = MyCaseSurfaces.Host(network);

        await Assert.ThrowsAsync<ConnectorResponseFormatException>(
            () => provider.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1042"));
        await Assert.ThrowsAsync<ConnectorResponseFormatException>(
            () => provider.GetRequiredService<MyCaseWebhooks>().SubscribeAsync(new Uri("https://platform.example/hooks")));
        await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => provider.GetRequiredService<MyCaseFirmCatalog>().ReadFirmAsync());
        network.Route(r => r.Method == HttpMethod.Get, _ => (HttpStatusCode.OK, "[]"));
        var writer = provider.GetRequiredService<MyCaseDocumentWriter>();
        await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => writer.WriteDocumentAsync(
            new CaseKey("mycase", "1042"),
            new PlatformDocument("doc-1", "a.pdf", "%PDF"u8.ToArray())));
    }

    [Fact]
    public async Task An_error_body_with_a_null_entry_still_becomes_an_sdk_error_with_the_other_descriptions()
    {
        var network = new MockNetwork
        {
            Status = HttpStatusCode.UnprocessableEntity,
            Payload = """{"errors": [null, {"description": "Name is invalid", "source": null}, {"source": {"pointer": "/x"}}]}""",
        };
        await using var provider = MyCaseSurfaces.Host(network);

        var error = await Assert.ThrowsAnyAsync<ConnectorApiException>(
            () => provider.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1042"));

        Assert.Contains("Name is invalid", error.Message + error.VendorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_entry_in_a_staff_or_documents_list_is_dropped_and_the_others_are_read()
    {
        var network = new MockNetwork { Payload = """[null, {"id": 3, "email": "a.reyes@firm.example", "description": "x"}, null]""" };
        await using var provider = MyCaseSurfaces.Host(network);

        var staff = new List<string?>();
        await foreach (var member in provider.GetRequiredService<MyCaseFirmCatalog>().ReadStaffAsync())
        {
            staff.Add(member.Email);
        }

        Assert.Equal(["a.reyes@firm.example"], staff);
        Assert.Null(await provider.GetRequiredService<MyCaseDocumentWriter>().FindAsync(1042, "doc-1"));
    }

    [Fact]
    public async Task A_null_entry_in_the_webhook_subscriptions_is_dropped_and_the_others_are_kept()
    {
        var network = new MockNetwork
        {
            Payload = """[null, {"id": "sub-1", "model": "case",""" +
            """ "url": "https://platform.example/hooks/mycase", "hmac_key": "k1"}, {"id": "sub-2", "model": "client",""" +
            """ "url": "https://platform.example/hooks/mycase", "hmac_key": "k2"}]"""
        };
        await using var provider = MyCaseSurfaces.Host(network);

        var kept = await provider.GetRequiredService<MyCaseWebhooks>().SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));

        Assert.Equal(["sub-1", "sub-2"], kept.Select(s => s.Id));
    }
}
