using Connectors.Core.Model;
using Connectors.Core.Writes;
using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.IntegrationTests.SmartAdvocate;

/// <summary>The note writer over real HTTP against the sandbox, resolved as Core's <see cref="ICaseNoteWriter"/>.</summary>
public class SmartAdvocateNoteWriterIntegrationTests
{
    [Fact]
    public async Task A_message_written_twice_is_one_note_at_SmartAdvocate()
    {
        await using var sandbox = await SmartAdvocateHarness.StartAsync();
        var writer = sandbox.NoteWriter;
        var message = new PlatformMessage("message-w-1", new CaseKey(writer.SourceSystem, "1003"), "Settlement offer received.");

        var first = await writer.WriteNoteAsync(message);
        var second = await writer.WriteNoteAsync(message);

        Assert.Equal(WriteResultKind.Written, first.Kind);
        Assert.Equal(WriteResultKind.AlreadyWritten, second.Kind);
        Assert.Equal(message.Case, second.Case);
        Assert.NotNull(second.RecordId);
        Assert.Single(sandbox.Server.Writes.Of(SmartAdvocateSandbox.Prefix, "note"));
        Assert.Single(sandbox.Case(1003).Notes, n => n.EndsWith("] Settlement offer received.", StringComparison.Ordinal));
    }
}
