using Connectors.Core.Model;
using Connectors.SmartAdvocate.Dialer;

namespace Connectors.SmartAdvocate.Tests;

public class DialerRulesTests
{
    private static readonly Instant Now = TestHost.Now;

    [Fact]
    public void To_dial_with_a_future_next_call_is_accepted()
    {
        Assert.Empty(DialerRules.Check([new DialerCaseUpdate(1, "To Dial", Now + Duration.FromMinutes(1), 3, "Busy")], Now,
            DialerVocabulary.Default));
    }

    [Fact]
    public void Statuses_compare_ignoring_case_as_the_vendor_writes_them()
    {
        Assert.NotEmpty(DialerRules.Check([new DialerCaseUpdate(1, "to dial")], Now, DialerVocabulary.Default));
        Assert.Empty(DialerRules.Check([new DialerCaseUpdate(1, "Do not dial")], Now, DialerVocabulary.Default));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(20, true)]
    [InlineData(21, false)]
    [InlineData(-1, false)]
    public void Attempts_run_from_0_to_20(int attempts, bool valid)
    {
        Assert.Equal(valid, DialerRules.Check([new DialerCaseUpdate(1, Attempts: attempts)], Now, DialerVocabulary.Default).Count == 0);
    }

    [Fact]
    public void A_firms_vocabulary_decides_which_status_needs_a_next_call()
    {
        var firm = DialerVocabulary.Default with { ToDial = "Call Queue", MaxAttempts = 5 };

        Assert.NotEmpty(DialerRules.Check([new DialerCaseUpdate(1, "Call Queue")], Now, firm));
        Assert.Empty(DialerRules.Check([new DialerCaseUpdate(1, "To Dial")], Now, firm)); // just a value to this firm
        Assert.NotEmpty(DialerRules.Check([new DialerCaseUpdate(1, Attempts: 6)], Now, firm));
    }

    [Fact]
    public void The_primary_phone_is_called_first_and_only_text_flagged_numbers_are_texted()
    {
        var dialerCase = new DialerCase(6,
        [
            new DialerPhone("Home", PhoneNumber.Parse("4025551234"), false, false),
            new DialerPhone("Cell", PhoneNumber.Parse("4025555759"), true, false),
            new DialerPhone("Work cell", PhoneNumber.Parse("4025550000"), false, true),
            new DialerPhone("Bad", PhoneNumber.Parse("12"), false, true),
        ], null, "To Dial", null, 0, null, null);

        Assert.Equal("Cell", DialerPhones.ForCall(dialerCase)?.Name);
        Assert.Equal("Work cell", DialerPhones.ForText(dialerCase)?.Name);
        Assert.Equal(["Cell", "Home", "Work cell"], DialerPhones.CallOrder(dialerCase).Select(p => p.Name));
    }

    [Fact]
    public void A_case_with_no_text_flag_has_no_number_to_text()
    {
        var dialerCase = new DialerCase(7, [new DialerPhone("Cell", PhoneNumber.Parse("4025758268"), true, false)], null, null, null, 0,
            null, null);

        Assert.Null(DialerPhones.ForText(dialerCase));
        Assert.NotNull(DialerPhones.ForCall(dialerCase));
    }
}
