using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Sandbox.Faults;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.CaseXchange;

/// <summary>The note writer against the sandbox over loopback, resolved as the Core interface a host writes through.</summary>
public sealed class CaseXchangeNoteWriterTests
{
    private const string Messages = "/casexchange/api/public/v1/messages/send";

    [Fact]
    public async Task A_note_is_written_once_and_a_second_write_finds_it_AlreadyWritten()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var writer = harness.Services.GetRequiredService<ICaseNoteWriter>();
        var referral = harness.Vendor.SentCases[0].Id;
        var message = new PlatformMessage("platform-msg-1", new CaseKey(writer.SourceSystem, referral), "Records attached.");

        var first = await writer.WriteNoteAsync(message);
        var second = await writer.WriteNoteAsync(message);

        Assert.Equal(WriteResultKind.Written, first.Kind);
        Assert.Equal(new WriteResult(message.Case, WriteResultKind.AlreadyWritten, first.RecordId), second);
        Assert.Equal(first.RecordId, Assert.Single(harness.Vendor.Messages).Id);
        Assert.Single(harness.Server.Writes.Of("casexchange", "message"));
    }

    [Fact]
    public async Task Two_platform_messages_with_the_same_text_are_two_notes()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var writer = harness.Services.GetRequiredService<ICaseNoteWriter>();
        var referral = new CaseKey("casexchange", harness.Vendor.ReceivedReferrals[0].ReferenceNumber);

        await writer.WriteNoteAsync(new PlatformMessage("platform-msg-1", referral, "OK"));
        await writer.WriteNoteAsync(new PlatformMessage("platform-msg-2", referral, "OK"));

        Assert.Equal(2, harness.Vendor.Messages.Count);
    }

    [Fact]
    public async Task A_note_whose_answer_is_lost_is_unknown_and_a_later_write_of_it_is_AlreadyWritten_not_a_second_note()
    {
        await using var harness = await CaseXchangeHarness.StartAsync();
        var writer = harness.Services.GetRequiredService<ICaseNoteWriter>();
        var referral = new CaseKey("casexchange", harness.Vendor.SentCases[0].Id);
        var message = new PlatformMessage("platform-msg-1", referral, "Records attached.");
        harness.Server.Faults.Add(new FaultRule
        {
            Kind = FaultKind.DropConnection,
            Method = "POST",
            PathPrefix = Messages,
            OnRequests = [1],
            AfterHandler = true,
        });

        await Assert.ThrowsAsync<WriteOutcomeUnknownException>(() => writer.WriteNoteAsync(message));
        var again = await writer.WriteNoteAsync(message); // the host retries the message later

        Assert.Equal(WriteResultKind.AlreadyWritten, again.Kind);
        Assert.Single(harness.Vendor.Messages);
    }
}
