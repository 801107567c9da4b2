using System.Text.Json;

using Connectors.CasePeer.Http;
using Connectors.CasePeer.Models;
using Connectors.CasePeer.Writes;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Shared;

using Microsoft.Extensions.Options;

namespace Connectors.CasePeer.Messages;

/// <summary>
/// Messages from CASEpeer to the platform: the notes CASEpeer users wrote on a case, and a "Send Message to Case Status"
/// payload, never the SDK's own notes coming back (they start with the pretext). Platform messages go the other way
/// through <see cref="CasePeerNoteWriter"/>.
/// </summary>
public sealed class CasePeerMessages
{
    private readonly ICasePeerApi _api;
    private readonly IOptionsMonitor<CasePeerOptions> _options;

    internal CasePeerMessages(ICasePeerApi api, IOptionsMonitor<CasePeerOptions> options)
    {
        _api = api;
        _options = options;
    }

    /// <summary>The pretext in force.</summary>
    public CasePeerNotePretext Pretext => new(_options.CurrentValue.PlatformName);

    /// <summary>
    /// The notes of a case that came from CASEpeer users, without the ones the SDK wrote, from every page of the case's
    /// notes (oldest first).
    /// </summary>
    public async Task<IReadOnlyList<CasePeerNote>> ReadNotesFromCasePeerAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var id = CasePeerMapper.CaseId(caseId);
        var pretext = Pretext;
        var fromUsers = new List<CasePeerNote>();
        var notes = CasePeerPages.ReadAllAsync(
            "GET /api/v1/cases/{id}/notes",
            _options.CurrentValue.PageSize,
            (number, size, c) => _api.ListNotesAsync(id, number, size, c),
            cancellationToken);
        await foreach (var note in notes.ConfigureAwait(false))
        {
            if (!pretext.IsFromPlatform(note.Note))
            {
                fromUsers.Add(note);
            }
        }

        return fromUsers;
    }

    /// <summary>
    /// Parses a "Send Message to Case Status" payload into a platform message; null when it is our own note coming
    /// back (it starts with the pretext) or holds no text.
    /// </summary>
    /// <exception cref="ConnectorValidationException">The payload is not a CASEpeer message.</exception>
    public PlatformMessage? ParseFromCasePeer(string json)
    {
        CasePeerInboundMessage? inbound;
        try
        {
            inbound = JsonSerializer.Deserialize(json, CasePeerJsonContext.Default.CasePeerInboundMessage);
        }
        catch (JsonException)
        {
            inbound = null;
        }

        if (inbound is null || inbound.CaseId <= 0)
        {
            throw new ConnectorValidationException(
                "Reading a CASEpeer message", ["The payload is not a CASEpeer message (it needs id, case_id and message)."]);
        }

        if (string.IsNullOrWhiteSpace(inbound.Message) || Pretext.IsFromPlatform(inbound.Message))
        {
            return null;
        }

        return CasePeerMapper.ToPlatformMessage(inbound);
    }
}
