using System.Globalization;

using Connectors.Core.Model;
using Connectors.SmartAdvocate.Models;

using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>Dialer wire records to and from the SDK's dialer model; one place.</summary>
internal static class DialerMapper
{
    public static DialerCase ToCase(SmartAdvocateDialerCaseRecord record, DateTimeZone dialerZone) => new(
        record.CaseId,
        [.. (record.Phones ?? []).Where(p => p is not null)
            .Select(p => new DialerPhone(p.PhoneName, PhoneNumber.Parse(p.Phone ?? ""), p.Primary, p.Text))],
        record.CaseStatus,
        record.DialerStatus,
        record.Campaign,
        int.TryParse(record.Attempts, NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempts) && attempts >= 0 ? attempts : 0,
        DialAt(record.DialDateTime, dialerZone),
        record.ZipCode);

    // A dial time at the very edge of the calendar (9999-12-31T23:59:59.9999999 in a zone behind UTC) has no instant:
    // it reads as no dial time rather than failing the whole list.
    private static Instant? DialAt(LocalDateTime? local, DateTimeZone dialerZone)
    {
        if (local is not { } value)
        {
            return null;
        }

        try
        {
            return value.InZoneLeniently(dialerZone).ToInstant();
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    public static SmartAdvocateUpdateCaseStatusRecord ToRecord(
        DialerCaseUpdate update,
        Instant now,
        DateTimeZone dialerZone,
        DialerVocabulary vocabulary)
    {
        var nextCall = DialerRules.TakesCurrentTime(update.Status, vocabulary) ? now : update.NextCall;
        return new SmartAdvocateUpdateCaseStatusRecord
        {
            CaseId = update.CaseId,
            Status = update.Status,
            NextCall = nextCall?.InZone(dialerZone).LocalDateTime,
            Attempts = update.Attempts?.ToString(CultureInfo.InvariantCulture),
            Disposition = update.Disposition,
        };
    }

    /// <summary>The phone as the dialer writes it: ten digits for North American numbers, else E.164 digits.</summary>
    public static string ToDialerPhone(PhoneNumber phone)
    {
        var e164 = phone.E164 ?? throw new ArgumentException("The phone is not a valid number.", nameof(phone));
        return e164.StartsWith("+1", StringComparison.Ordinal) ? e164[2..] : e164.TrimStart('+');
    }
}
