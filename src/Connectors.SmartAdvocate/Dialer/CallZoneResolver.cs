using NodaTime;

using PhoneNumbers;

using CorePhoneNumber = Connectors.Core.Model.PhoneNumber;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// Finds the called person's time zone: from the phone number's area (libphonenumber's <c>PhoneNumberToTimeZonesMapper</c>),
/// else from the case's ZIP code through a lookup the firm supplies (the SDK ships no ZIP data set), else the firm's zone.
/// </summary>
public sealed class CallZoneResolver
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly PhoneNumberToTimeZonesMapper Mapper = PhoneNumberToTimeZonesMapper.GetInstance();

    private readonly Func<string, DateTimeZone?>? _zipCodeZone;

    /// <summary>Creates a resolver.</summary>
    /// <param name="firmZone">The zone used when neither the number nor the ZIP code tells.</param>
    /// <param name="zipCodeZone">An optional ZIP code to zone lookup; null when the firm has none.</param>
    public CallZoneResolver(DateTimeZone firmZone, Func<string, DateTimeZone?>? zipCodeZone = null)
    {
        FirmZone = firmZone ?? throw new ArgumentNullException(nameof(firmZone));
        _zipCodeZone = zipCodeZone;
    }

    /// <summary>The firm's zone.</summary>
    public DateTimeZone FirmZone { get; }

    /// <summary>The zones for a call to <paramref name="phone"/> on a case with <paramref name="zipCode"/>.</summary>
    public CallZones Resolve(CorePhoneNumber? phone, string? zipCode)
    {
        // A number mapped to more than two zones (toll-free, or a country-wide default) says nothing about the person.
        var byPhone = FromPhone(phone);
        if (byPhone.Count is > 0 and <= 2)
        {
            return new CallZones(byPhone, CallZoneSource.PhoneNumber);
        }

        if (!string.IsNullOrWhiteSpace(zipCode) && _zipCodeZone?.Invoke(zipCode.Trim()) is { } byZip)
        {
            return new CallZones([byZip], CallZoneSource.ZipCode);
        }

        return new CallZones([FirmZone], CallZoneSource.FirmZone);
    }

    internal static IReadOnlyList<DateTimeZone> FromPhone(CorePhoneNumber? phone)
    {
        if (phone?.E164 is not { } e164)
        {
            return [];
        }

        try
        {
            var parsed = Util.Parse(e164, null);
            return [.. Mapper.GetTimeZonesForNumber(parsed)
                .Select(id => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id))
                .OfType<DateTimeZone>()
                .Distinct()];
        }
        catch (NumberParseException)
        {
            return [];
        }
    }
}
