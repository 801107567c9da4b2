using System.Net;

using Connectors.CasePeer;
using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Windows;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.CasePeer.Tests;

/// <summary>The client through the real DI pipeline (auth, resilience, serialisation) with MockHttp as the network.</summary>
public sealed class CasePeerClientTests : IDisposable
{
    private const string Key = "casepeer-firm-key-abc";
    private static readonly Uri Base = new("https://casepeer.example/");
    private readonly MockHttpMessageHandler _http = new();
    private readonly ServiceProvider _services;

    public CasePeerClientTests()
    {
        var services = new ServiceCollection();
        services.AddCasePeer(o =>
        {
            o.BaseAddress = Base;
            o.ApiKey = Key;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 1;
        }).ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fixtures", name));

    [Fact]
    public async Task Reading_cases_sends_the_window_paging_and_key_and_maps_the_fixture()
    {
        _http.Expect(HttpMethod.Get, "https://casepeer.example/api/v1/cases")
            .WithExactQueryString("page=1&page_size=1&updated_after=2025-11-25T02:00:00Z&updated_before=2026-11-25T02:00:00Z")
            .WithHeaders("X-API-Key", Key)
            .Respond("application/json", Fixture("cases-page.json"));
        _http.Expect(HttpMethod.Get, "https://casepeer.example/api/v1/cases")
            .WithQueryString("page", "2")
            .Respond("application/json", """{"count": 2, "next": null, "previous": null, "results": []}""");
        var window = new SyncWindow(Instant.FromUtc(2025, 11, 25, 2, 0), Instant.FromUtc(2026, 11, 25, 2, 0));

        var cases = new List<SourceCase>();
        await foreach (var item in _services.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(window))
        {
            cases.Add(item);
        }

        _http.VerifyNoOutstandingExpectation();
        var read = Assert.Single(cases);
        Assert.Equal(new CaseKey("casepeer", "1042"), read.Key);
        Assert.Equal(("Personal Injury", "Released From Treatment", false), (read.PracticeArea, read.Status, read.IsClosed));
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 15, 30), read.UpdatedAt);
        Assert.Equal("+14023205759", read.Client.Phone!.E164);
        Assert.Equal(("Femi", "Brooks"), (read.Client.FirstName, read.Client.LastName));
        Assert.Equal("a.reyes@firm.example", read.AttorneyEmail);
        Assert.True(read.IsEligible && read.IsConnected);
    }

    private const string EmptyPage = """{"count": 0, "next": null, "previous": null, "results": []}""";

    [Fact]
    public async Task A_note_is_posted_with_the_pretext_the_author_and_an_idempotency_key()
    {
        // The case is read for its primary attorney, then its notes: a lost answer is told by one more note with this text and author.
        _http.Expect(HttpMethod.Get, "https://casepeer.example/api/v1/cases/1042").Respond("application/json", MockCasePeer.Case());
        _http.Expect(HttpMethod.Get, "https://casepeer.example/api/v1/cases/1042/notes").Respond("application/json", EmptyPage);
        _http.Expect(HttpMethod.Post, "https://casepeer.example/api/v1/cases/1042/notes")
            .WithHeaders("Idempotency-Key", "message-m-9")
            .WithHeaders("X-API-Key", Key)
            .WithJsonContent<NoteBody>(b =>
                b.note == "Received message from Case Status: Message from Case Status: Hello" && b.author_email == "a.reyes@firm.example")
            .Respond(HttpStatusCode.Created, "application/json", Fixture("note.json"));

        var note = await _services.GetRequiredService<CasePeerNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-9", new CaseKey("casepeer", "1042"), "Hello"));

        _http.VerifyNoOutstandingExpectation();
        Assert.Equal("900001", note.RecordId);
    }

    [Fact]
    public async Task A_post_is_not_retried_by_the_pipeline_but_resent_with_the_same_key()
    {
        var keys = new List<string>();
        _http.When(HttpMethod.Get, "https://casepeer.example/api/v1/cases/1042").Respond("application/json", MockCasePeer.Case());
        _http.When(HttpMethod.Get, "https://casepeer.example/api/v1/cases/1042/notes").Respond("application/json", EmptyPage);
        _http.When(HttpMethod.Post, "https://casepeer.example/api/v1/cases/1042/notes").Respond(request =>
        {
            keys.Add(request.Headers.GetValues("Idempotency-Key").Single());
            return keys.Count == 1
                ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
                : MockCasePeer.Json(HttpStatusCode.Created, Fixture("note.json"));
        });

        await _services.GetRequiredService<CasePeerNoteWriter>()
            .WriteNoteAsync(new PlatformMessage("m-10", new CaseKey("casepeer", "1042"), "Hi"));

        Assert.Equal(["message-m-10", "message-m-10"], keys);
    }

    [Fact]
    public async Task The_key_is_sent_only_to_the_configured_host()
    {
        var sent = new List<(string Host, string? Key)>();
        _http.When("*").Respond(request =>
        {
            sent.Add((request.RequestUri!.Host, request.Headers.TryGetValues("X-API-Key", out var values) ? values.Single() : null));
            return new HttpResponseMessage(HttpStatusCode.OK);
        });
        var options = _services.GetRequiredService<IOptionsMonitor<CasePeerOptions>>();
        var handler = new Shared.ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential) { InnerHandler = _http };
        using var client = new HttpClient(handler);

        using var elsewhere = await client.GetAsync(new Uri("https://elsewhere.example/x"));
        using var home = await client.GetAsync(new Uri(Base, "api/v1/cases"));

        Assert.Equal([("elsewhere.example", (string?)null), ("casepeer.example", Key)], sent);
    }

    [Fact]
    public async Task A_401_is_an_authentication_error_without_the_key()
    {
        _http.When(HttpMethod.Get, "https://casepeer.example/api/v1/cases/7")
            .Respond(HttpStatusCode.Unauthorized, "application/json", Fixture("error.json"));

        var error = await Assert.ThrowsAsync<ConnectorAuthenticationException>(() =>
            _services.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("7"));

        Assert.Equal("Invalid API key.", error.VendorMessage);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_validated_at_start_up_and_never_print_the_key()
    {
        var services = new ServiceCollection();
        services.AddCasePeer(o =>
        {
            o.BaseAddress = new Uri("http://casepeer.example/");
            o.ApiKey = null;
            o.PageSize = 500;
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CasePeerOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("https", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("ApiKey", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("PageSize", StringComparison.Ordinal));
        Assert.DoesNotContain(Key, new CasePeerOptions { ApiKey = Key }.ToString(), StringComparison.Ordinal);
    }

    private sealed record NoteBody(string note, string? author_email);
}
