using Connectors.Core.Model;

namespace Connectors.Core.Tests.Model;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("(402) 320-5759")]
    [InlineData("402.320.5759")]
    [InlineData("+1 402 320 5759")]
    [InlineData("1-402-320-5759")]
    public void Parse_normalises_us_numbers_to_e164(string raw)
    {
        var phone = PhoneNumber.Parse(raw);

        Assert.Equal("+14023205759", phone.E164);
        Assert.Equal("US", phone.RegionCode);
        Assert.Equal(PhoneNumberKind.FixedLineOrMobile, phone.Kind);
        Assert.True(phone.CanReceiveTexts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123")]
    [InlineData("call me maybe")]
    [InlineData("+1 000 000 0000")]
    public void Parse_returns_an_invalid_value_instead_of_throwing(string raw)
    {
        var phone = PhoneNumber.Parse(raw);

        Assert.False(phone.IsValid);
        Assert.Null(phone.E164);
        Assert.Equal(PhoneNumberKind.Invalid, phone.Kind);
        Assert.False(phone.CanReceiveTexts);
        Assert.Equal(raw, phone.Raw);
    }

    [Fact]
    public void Parse_tells_a_landline_that_cannot_receive_texts_from_a_mobile()
    {
        Assert.Equal(PhoneNumberKind.FixedLine, PhoneNumber.Parse("+44 20 7946 0958").Kind);
        Assert.False(PhoneNumber.Parse("+44 20 7946 0958").CanReceiveTexts);
        Assert.Equal(PhoneNumberKind.Mobile, PhoneNumber.Parse("+44 7400 123456").Kind);
        Assert.True(PhoneNumber.Parse("+44 7400 123456").CanReceiveTexts);
    }

    [Fact]
    public void Numbers_written_differently_are_equal_when_their_e164_is_equal()
    {
        Assert.Equal(PhoneNumber.Parse("402.320.5759"), PhoneNumber.Parse("+1 (402) 320-5759"));
        Assert.NotEqual(PhoneNumber.Parse("402.320.5759"), PhoneNumber.Parse("402.320.5758"));
        Assert.Equal(PhoneNumber.Parse("402.320.5759").GetHashCode(), PhoneNumber.Parse("+14023205759").GetHashCode());
    }

    [Fact]
    public void ToString_masks_all_but_the_last_two_digits()
    {
        var text = PhoneNumber.Parse("(402) 320-5759").ToString();

        Assert.DoesNotContain("320", text, StringComparison.Ordinal);
        Assert.EndsWith("59", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_contact_and_cases_do_not_print_personal_data()
    {
        var source = TestCases.Source("17");

        Assert.DoesNotContain("Ada", source.Client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", source.ToString(), StringComparison.Ordinal);
        Assert.Contains("casepeer:17", source.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", TestCases.TargetOf(source).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validity_agrees_with_libphonenumbers_own_check_over_many_numbers()
    {
        // The type decides validity (one region lookup instead of two); this holds it to IsValidNumber's answer.
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        var random = new Random(20261125);
        string[] prefixes = ["", "+1", "1", "+44", "+33", "+800", "+61", "+52 1", "+7", "+49"];
        for (var i = 0; i < 5000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, random.Next(3, 13)).Select(_ => (char)('0' + random.Next(10))));
            var raw = prefixes[random.Next(prefixes.Length)] + digits;
            bool expected;
            try
            {
                expected = util.IsValidNumber(util.Parse(raw, PhoneNumber.DefaultRegion));
            }
            catch (PhoneNumbers.NumberParseException)
            {
                expected = false;
            }

            Assert.True(expected == PhoneNumber.Parse(raw).IsValid, $"case {i}");
        }
    }

    [Fact]
    public void Ten_digit_north_american_text_reads_as_libphonenumbers_parser_reads_it()
    {
        // Such text skips the parser (NorthAmericanDigits); this holds the shortcut to the parser's E.164, type and region.
        var util = PhoneNumbers.PhoneNumberUtil.GetInstance();
        var random = new Random(20261126);
        string[] shapes = [
            "(AAA) BBB-CCCC",
            "AAA-BBB-CCCC",
            "AAA.BBB.CCCC",
            "AAABBBCCCC",
            " AAA BBB CCCC ",
            "(AAA)BBB-CCCC",
            "AAA--BBB CCCC"];
        for (var i = 0; i < 5000; i++)
        {
            var digits = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + random.Next(10))));
            var shape = shapes[random.Next(shapes.Length)];
            var at = 0;
            var raw = string.Concat(shape.Select(c => c is 'A' or 'B' or 'C' ? digits[at++] : c));
            string? e164 = null;
            string? region = null;
            var type = PhoneNumbers.PhoneNumberType.UNKNOWN;
            try
            {
                var parsed = util.Parse(raw, PhoneNumber.DefaultRegion);
                type = util.GetNumberType(parsed);
                (e164, region) = type == PhoneNumbers.PhoneNumberType.UNKNOWN
                    ? (null, null)
                    : (util.Format(parsed, PhoneNumbers.PhoneNumberFormat.E164), util.GetRegionCodeForNumber(parsed));
            }
            catch (PhoneNumbers.NumberParseException)
            {
            }

            var phone = PhoneNumber.Parse(raw);
            Assert.True(e164 == phone.E164, $"case {i}: E.164");
            Assert.True(region == phone.RegionCode, $"case {i}: region");
            Assert.True((type == PhoneNumbers.PhoneNumberType.UNKNOWN) == (phone.Kind == PhoneNumberKind.Invalid), $"case {i}: validity");
        }
    }
}
