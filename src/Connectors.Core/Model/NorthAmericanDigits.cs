using System.Diagnostics.CodeAnalysis;

using LibPhoneNumber = PhoneNumbers.PhoneNumber;

namespace Connectors.Core.Model;

/// <summary>
/// The common shape of a number typed in a North American case system, read without libphonenumber's parser: ten
/// digits, the first 2-9, with only spaces, dashes, dots and parentheses between them (<c>(402) 320-5759</c>,
/// <c>402-320-5759</c>, <c>4023205759</c>). For such text the parser's answer is fixed (country code 1, the ten digits as
/// the national number: no prefix to strip, no extension), and reaching it through the parser's pattern searches cost
/// more than half of mapping a case. Anything else (a country code, an extension, letters, eleven digits) is left to
/// the parser. Validity is still libphonenumber's (<see cref="PhoneNumbers.PhoneNumberUtil.GetNumberType"/>).
/// </summary>
internal static class NorthAmericanDigits
{
    private const int NationalLength = 10;

    /// <summary>The number <paramref name="raw"/> names, when it has the shape above and the region dials +1.</summary>
    public static bool TryRead(string raw, int defaultCountryCode, [NotNullWhen(true)] out LibPhoneNumber? number)
    {
        number = null;
        if (defaultCountryCode != 1)
        {
            return false;
        }

        ulong national = 0;
        var digits = 0;
        foreach (var c in raw)
        {
            if (c is >= '0' and <= '9')
            {
                if (++digits > NationalLength || (digits == 1 && c < '2'))
                {
                    return false;
                }

                national = (national * 10) + (ulong)(c - '0');
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return false;
            }
        }

        if (digits != NationalLength)
        {
            return false;
        }

        number = new LibPhoneNumber.Builder().SetCountryCode(1).SetNationalNumber(national).Build();
        return true;
    }
}
