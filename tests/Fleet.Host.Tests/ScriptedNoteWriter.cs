using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Writes;

namespace Fleet.Host.Tests;

/// <summary>
/// A note writer with scripted answers per message id (an unknown outcome, a failure), at most once per id like the real
/// ones: a repeat of a written id answers AlreadyWritten. Counts the notes it "wrote".
/// </summary>
internal sealed class ScriptedNoteWriter : ICaseNoteWriter
{
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public HashSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    public List<string> Notes { get; } = [];

    public string SourceSystem => "casepeer";

    public Task<WriteResult> WriteNoteAsync(PlatformMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Unknown.Contains(message.MessageId))
        {
            throw new WriteOutcomeUnknownException("POST notes", null, "The answer was lost.");
        }

        if (Failing.Contains(message.MessageId))
        {
            throw new ConnectorApiException("POST notes", System.Net.HttpStatusCode.BadRequest, "Refused.");
        }

        if (!_written.Add(message.MessageId))
        {
            return Task.FromResult(new WriteResult(message.Case, WriteResultKind.AlreadyWritten, message.MessageId));
        }

        Notes.Add(message.MessageId);
        return Task.FromResult(new WriteResult(message.Case, WriteResultKind.Written, message.MessageId));
    }
}
