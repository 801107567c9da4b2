using System.Globalization;

using Connectors.CasePeer.Models;
using Connectors.Core.Model;

using NodaTime;

namespace Connectors.CasePeer;

/// <summary>CASEpeer wire records to Core records, in one place.</summary>
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
            Contact(client?.FirstName, client?.LastName, client?.CellPhone, client?.Email),
            item.PrimaryAttorney?.Email)
        {
            Title = item.CaseName,
            IsEligible = item.CaseStatusEligible,
            IsConnected = item.ConnectedToCaseStatus,
        };
    }

    /// <summary>A case pushed with "Connect to Case Status": connected and eligible by the push itself.</summary>
    public static SourceCase ToSourceCase(CasePeerPushedCase pushed, Instant receivedAt) =>
        new(
            Key(pushed.CaseId),
            pushed.CaseType ?? string.Empty,
            pushed.Status,
            IsClosed: false,
            receivedAt,
            Contact(pushed.ClientFirstName, pushed.ClientLastName, pushed.ClientCellPhone, pushed.ClientEmail),
            pushed.AttorneyEmail)
        {
            Title = pushed.CaseName,
            IsEligible = true,
            IsConnected = true,
        };

    /// <summary>
    /// A "Send Message to Case Status" from CASEpeer, its text trimmed and its sender kept; the caller has checked it has text.
    /// </summary>
    public static PlatformMessage ToPlatformMessage(CasePeerInboundMessage inbound) =>
        new($"casepeer-{inbound.Id.ToString(CultureInfo.InvariantCulture)}", Key(inbound.CaseId), inbound.Message!.Trim())
        {
            Sender = string.IsNullOrWhiteSpace(inbound.SenderEmail) ? null : inbound.SenderEmail.Trim(),
        };

    public static CaseKey Key(long id) => new(SourceSystem, id.ToString(CultureInfo.InvariantCulture));

    public static long CaseId(string sourceId) =>
        long.TryParse(sourceId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"'{sourceId}' is not a CASEpeer case id (a positive number).", nameof(sourceId));

    /// <summary>A vendor record's id as <see cref="Core.Writes.WriteResult.RecordId"/> gives it.</summary>
    public static string RecordId(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static ClientContact Contact(string? firstName, string? lastName, string? cellPhone, string? email) =>
        new(firstName, lastName, cellPhone is { } phone ? PhoneNumber.Parse(phone) : null, email);
}
