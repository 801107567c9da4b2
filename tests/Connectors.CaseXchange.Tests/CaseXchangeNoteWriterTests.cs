using System.Net;
using System.Text;

using Connectors.CaseXchange.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.CaseXchange.Tests;

/// <summary>The note writer (a platform message as a referral message) through the real DI pipeline, MockHttp as the network.</summary>
public sealed class CaseXchangeNoteWriterTests : IDisposable
{
    private const string Root = "https://cx.example/api/public/v1";
    private const string Receipt = """{"data":{"id":"m1","referralId":"r1","isMessage":true},"meta":{"requestId":"req_1"}}""";
    private readonly MockHttpMessageHandler _http = new();
    private ServiceProvider? _services;

    public void Dispose()
    {
        _services?.Dispose();
        _http.Dispose();
    }

    private ICaseNoteWriter Writer()
    {
        var services = new ServiceCollection();
        services.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri(Root + "/");
            o.ApiKey = "cxp_std_unit0test0key0123";
            o.RetryBaseDelay = TimeSpan.Zero;
        }).ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<ICaseNoteWriter>();
    }

    private static PlatformMessage Message(string id = "pm-1", string referral = "r1", string text = "Records attached.") =>
        new(id, new CaseKey("casexchange", referral), text);

    private static HttpResponseMessage Answer(HttpStatusCode status) =>
        new(status) { Content = new StringContent(Receipt, Encoding.UTF8, "application/json") };

    [Fact]
    public void The_writer_is_registered_as_itself_and_as_the_core_interface_for_casexchange()
    {
        var writer = Writer();

        Assert.Same(_services!.GetRequiredService<CaseXchangeNoteWriter>(), writer);
        Assert.Equal("casexchange", writer.SourceSystem);
    }

    [Fact]
    public void A_keyed_registration_has_its_own_writer()
    {
        var services = new ServiceCollection();
        services.AddKeyedCaseXchange("omaha", o => (o.Environment, o.BaseAddress, o.ApiKey) =
            (CaseXchangeEnvironment.Custom, new Uri(Root + "/"), "cxp_std_omaha0firm0key0"));
        using var provider = services.BuildServiceProvider();

        Assert.Same(
            provider.GetRequiredKeyedService<CaseXchangeNoteWriter>("omaha"), provider.GetRequiredKeyedService<ICaseNoteWriter>("omaha"));
    }

    [Theory]
    [InlineData("mycase", "r1", "pm-1", "Text")]
    [InlineData("casexchange", " ", "pm-1", "Text")]
    [InlineData("casexchange", "r1", "", "Text")]
    [InlineData("casexchange", "r1", "pm-1", " ")]
    public async Task A_message_for_another_system_or_without_case_id_message_id_or_text_is_refused_before_any_request(
        string system, string referral, string messageId, string text)
    {
        var anything = _http.When("*").Respond(HttpStatusCode.Created);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Writer().WriteNoteAsync(new PlatformMessage(messageId, new CaseKey(system, referral), text)));

        Assert.Equal(0, _http.GetMatchCount(anything));
    }

    [Fact]
    public async Task A_new_message_is_Written_and_a_repeat_answered_with_the_first_receipt_is_AlreadyWritten()
    {
        var keys = new List<string>();
        _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(request =>
        {
            keys.Add(request.Headers.GetValues("Idempotency-Key").Single());
            return Answer(keys.Count == 1 ? HttpStatusCode.Created : HttpStatusCode.OK); // a keyed repeat: the first receipt
        });
        var writer = Writer();

        var first = await writer.WriteNoteAsync(Message());
        var second = await writer.WriteNoteAsync(Message());

        Assert.Equal(new WriteResult(new CaseKey("casexchange", "r1"), WriteResultKind.Written, "m1"), first);
        Assert.Equal(WriteResultKind.AlreadyWritten, second.Kind);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task The_key_follows_the_platform_message_id_not_the_text()
    {
        var keys = new List<string>();
        _http.When(HttpMethod.Post, $"{Root}/messages/send").Respond(request =>
        {
            keys.Add(request.Headers.GetValues("Idempotency-Key").Single());
            return Answer(HttpStatusCode.Created);
        });
        var writer = Writer();

        await writer.WriteNoteAsync(Message("pm-1", text: "OK"));
        await writer.WriteNoteAsync(Message("pm-2", text: "OK"));
        await writer.WriteNoteAsync(Message("pm-1", text: "OK, edited"));

        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal(keys[0], keys[2]);
        Assert.All(keys, k => Assert.DoesNotContain("pm-", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_answer_ends_in_WriteOutcomeUnknownException_without_a_resend()
    {
        var send = _http.When(HttpMethod.Post, $"{Root}/messages/send").Throw(new HttpRequestException("connection reset"));

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => Writer().WriteNoteAsync(Message()));

        Assert.Equal(1, _http.GetMatchCount(send));
    }

    [Fact]
    public async Task A_text_over_5000_characters_is_the_clients_validation_error()
    {
        var ex = await Assert.ThrowsAsync<ConnectorValidationException>(() =>
            Writer().WriteNoteAsync(Message(text: new string('x', 5001))));

        Assert.Contains("1 to 5000", ex.Problems[0], StringComparison.Ordinal);
    }
}
