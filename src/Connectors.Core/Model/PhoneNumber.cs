using PhoneNumbers;

using LibPhoneNumber = PhoneNumbers.PhoneNumber;

namespace Connectors.Core.Model;

/// <summary>
/// A phone number as the source gave it, normalised to E.164 with libphonenumber-csharp.
/// Parsing never throws: an invalid number is a value with <see cref="IsValid"/> false that the
/// <see cref="Validation.CaseValidator"/> reports. <see cref="ToString"/> masks the digits, because a
/// client's phone number is personal data.
/// </summary>
public sealed record PhoneNumber
{
    /// <summary>The region assumed for numbers written without a country code.</summary>
    public const string DefaultRegion = "US";

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Found on first use (a search over the regions sharing the country code); a race computes the same text twice.
    private string? _regionCode;

    private PhoneNumber(string raw, string? e164, PhoneNumberKind kind, string? regionCode)
    {
        Raw = raw;
        E164 = e164;
        Kind = kind;
        _regionCode = regionCode;
    }

    /// <summary>The text as it was given.</summary>
    public string Raw { get; }

    /// <summary>The number in E.164 (<c>+14025555759</c>), or null when it is not a valid number.</summary>
    public string? E164 { get; }

    /// <summary>What kind of number this is.</summary>
    public PhoneNumberKind Kind { get; }

    /// <summary>The ISO 3166 region of the number (<c>"US"</c>), or null when invalid.</summary>
    public string? RegionCode => _regionCode ??= E164 is null ? null : Util.GetRegionCodeForNumber(Util.Parse(E164, null));

    /// <summary>True when libphonenumber accepts the number as valid.</summary>
    public bool IsValid => E164 is not null;

    /// <summary>True when the number can receive texts: mobile, or fixed-line-or-mobile.</summary>
    public bool CanReceiveTexts => Kind is PhoneNumberKind.Mobile or PhoneNumberKind.FixedLineOrMobile;

    /// <summary>Parses <paramref name="raw"/>; never throws.</summary>
    /// <param name="raw">The number as typed, with or without country code and punctuation.</param>
    /// <param name="defaultRegion">The region for numbers without a country code (ISO 3166 alpha-2).</param>
    public static PhoneNumber Parse(string raw, string defaultRegion = DefaultRegion)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return new PhoneNumber(raw, null, PhoneNumberKind.Invalid, null);
        }

        if (!NorthAmericanDigits.TryRead(raw, CountryCodeOf(defaultRegion), out var parsed))
        {
            try
            {
                parsed = Util.Parse(raw, defaultRegion);
            }
            catch (NumberParseException)
            {
                return new PhoneNumber(raw, null, PhoneNumberKind.Invalid, null);
            }
        }

        // libphonenumber calls a number valid exactly when its type for its region is known, so the type answers both
        // questions: asking IsValidNumber as well would resolve the region (a pattern search over the 25 regions
        // sharing +1) once more per phone, on every case of every page.
        var kind = Util.GetNumberType(parsed) switch
        {
            PhoneNumberType.UNKNOWN => PhoneNumberKind.Invalid,
            PhoneNumberType.MOBILE => PhoneNumberKind.Mobile,
            PhoneNumberType.FIXED_LINE_OR_MOBILE => PhoneNumberKind.FixedLineOrMobile,
            PhoneNumberType.FIXED_LINE => PhoneNumberKind.FixedLine,
            _ => PhoneNumberKind.Other,
        };
        if (kind == PhoneNumberKind.Invalid)
        {
            return new PhoneNumber(raw, null, PhoneNumberKind.Invalid, null);
        }

        // The region is found again only when asked for: the sync compares E.164 texts and kinds, never regions.
        return new PhoneNumber(raw, Util.Format(parsed, PhoneNumberFormat.E164), kind, null);
    }

    // The default region's calling code without a lookup; any other region's from libphonenumber.
    private static int CountryCodeOf(string region) =>
        string.Equals(region, DefaultRegion, StringComparison.Ordinal) ? 1 : Util.GetCountryCodeForRegion(region);

    /// <summary>Restores a number already known to be in E.164, with its kind, without parsing again.</summary>
    /// <remarks>Used when reading a target snapshot back; the planner compares <see cref="E164"/> values.</remarks>
    public static PhoneNumber FromE164(string e164, PhoneNumberKind kind, string? regionCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(e164);
        return new PhoneNumber(e164, e164, kind, regionCode);
    }

    /// <summary>Two numbers are equal when they normalise to the same E.164 (or, both invalid, the same raw text).</summary>
    public bool Equals(PhoneNumber? other) =>
        other is not null && (E164 is not null ? string.Equals(E164, other.E164, StringComparison.Ordinal)
                                               : other.E164 is null && string.Equals(Raw, other.Raw, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(E164 ?? Raw);

    /// <summary>A masked form safe for logs: only the last two digits are shown.</summary>
    public override string ToString()
    {
        var text = E164 ?? Raw;
        return text.Length <= 2 ? "**" : string.Concat(new string('*', text.Length - 2), text.AsSpan(text.Length - 2));
    }
}
