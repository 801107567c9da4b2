using System.Globalization;

using Connectors.Core.Model;
using Connectors.MyCase.Models;

using NodaTime;

namespace Connectors.MyCase;

/// <summary>MyCase wire cases to Core cases, in one place.</summary>
internal static class MyCaseMapper
{
    public const string SourceSystem = "mycase";

    /// <summary>The client fields asked for with <c>field[client]</c>, so a case page carries names and cell phones.</summary>
    public const string ClientFields = "id,first_name,middle_name,last_name,email,cell_phone_number";

    public static SourceCase ToSourceCase(MyCaseMappedCase item, MyCaseMappedClient? client, string? leadLawyerEmail)
    {
        if (item.ReadError is not null || !SourceRecordId.IsUsable(item.Id))
        {
            return SourceRecordId.Unreadable(SourceSystem, item.Id, "id", item.ReadError);
        }

        return new(
            Key(item.Id),
            item.PracticeArea?.Trim() ?? string.Empty,
            string.IsNullOrWhiteSpace(item.CaseStage) ? null : item.CaseStage,
            IsClosed(item),
            ParseInstant(item.UpdatedAt) ?? ParseInstant(item.CreatedAt) ?? Instant.MinValue,
            client is null
                ? ClientContact.Empty
                : new ClientContact(
                    Blank(client.FirstName),
                    Blank(client.LastName),
                    string.IsNullOrWhiteSpace(client.CellPhoneNumber) ? null : PhoneNumber.Parse(client.CellPhoneNumber),
                    Blank(client.Email)),
            Blank(leadLawyerEmail))
        {
            Title = item.Name,
        };
    }

    /// <summary>A case of a list that could not be read: the planner skips it with <c>SkipReason.Unreadable</c> and the reason.</summary>
    public static SourceCase Unreadable(long id, string reason) => SourceRecordId.Unreadable(SourceSystem, id, "id", reason);

    public static bool IsClosed(MyCaseMappedCase item) => string.Equals(item.Status, "closed", StringComparison.OrdinalIgnoreCase);

    /// <summary>The case's lead lawyer; MyCase marks at most one staff member <c>lead_lawyer</c>.</summary>
    public static long? LeadLawyerId(MyCaseMappedCase item)
    {
        // A loop rather than LINQ: this runs once per case of every page.
        if (item.Staff is { } staff)
        {
            for (var i = 0; i < staff.Count; i++)
            {
                if (staff[i] is { LeadLawyer: true } lead)
                {
                    return lead.Id;
                }
            }
        }

        return null;
    }

    /// <summary>The client the platform notifies: the first client on the case.</summary>
    public static MyCaseMappedClient? PrimaryClient(MyCaseMappedCase item) => item.Clients is { Count: > 0 } clients ? clients[0] : null;

    /// <summary>True when only the id came back (the request did not get the <c>field[client]</c> fields).</summary>
    public static bool HasOnlyId(MyCaseMappedClient client) =>
        client.FirstName is null && client.LastName is null && client.CellPhoneNumber is null && client.Email is null;

    public static CaseKey Key(long id) => new(SourceSystem, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// An ISO-8601 date-time or date as MyCase sends it; without an offset it is UTC, as MyCase documents. Null when
    /// missing or unreadable.
    /// </summary>
    public static Instant? ParseInstant(string? text) =>
        !string.IsNullOrWhiteSpace(text)
        && DateTimeOffset.TryParse(
            text,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var parsed)
            ? Instant.FromDateTimeOffset(parsed)
            : null;

    /// <summary><c>filter[updated_after]</c>'s value: ISO-8601 in UTC with an explicit <c>Z</c>.</summary>
    public static string FormatInstant(Instant instant) => NodaTime.Text.InstantPattern.General.Format(instant);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
