using System.Globalization;

using Connectors.CasePeer.Models;
using Connectors.Core.Model;

using NodaTime;

namespace Connectors.CasePeer;

/// <summary>CASEpeer wire cases to Core cases, in one place.</summary>
internal static class CasePeerMapper
{
    public const string SourceSystem = "casepeer";

    public static SourceCase ToSourceCase(CasePeerCase item)
    {
        if (item.ReadError is not null || !SourceRecordId.IsUsable(item.Id))
        {
            return SourceRecordId.Unreadable(SourceSystem, item.Id, "id", item.ReadError);
        }

        var client = item.Client;
        return new SourceCase(
            Key(item.Id),
            item.CaseType ?? string.Empty,
            item.Status,
            item.IsClosed,
            Instant.FromDateTimeOffset(item.UpdatedAt),
            new ClientContact(client?.FirstName, client?.LastName, client?.CellPhone is { } phone ? PhoneNumber.Parse(phone) : null, client?.Email),
            item.PrimaryAttorney?.Email)
        {
            Title = item.CaseName,
            IsEligible = item.CaseStatusEligible,
            IsConnected = item.ConnectedToCaseStatus,
        };
    }

    public static CaseKey Key(long id) => new(SourceSystem, id.ToString(CultureInfo.InvariantCulture));

    public static long CaseId(string sourceId) =>
        long.TryParse(sourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"'{sourceId}' is not a CASEpeer case id (a positive number).", nameof(sourceId));
}
