using Connectors.Core.Model;
using Connectors.Core.Validation;

namespace Connectors.Core.Tests.Validation;

public class CaseValidatorTests
{
    private static readonly CaseValidator Validator = new([TestCases.Attorney]);

    [Fact]
    public void A_complete_case_has_no_problems()
    {
        Assert.Empty(Validator.Validate(TestCases.Source("1")));
    }

    [Fact]
    public void The_attorney_email_is_compared_without_regard_to_case()
    {
        Assert.Empty(Validator.Validate(TestCases.Source("1") with { AttorneyEmail = "LEAD@Firm.Example " }));
    }

    [Fact]
    public void Every_problem_is_reported_together_each_naming_its_field()
    {
        var source = TestCases.Source("1") with
        {
            AttorneyEmail = "stranger@elsewhere.example",
            Client = new ClientContact(" ", null, null),
        };

        var problems = Validator.Validate(source);

        Assert.Equal(
            [
                (CaseFields.AttorneyEmail, ValidationProblemCode.AttorneyNotKnown),
                (CaseFields.ClientFirstName, ValidationProblemCode.FirstNameMissing),
                (CaseFields.ClientLastName, ValidationProblemCode.LastNameMissing),
                (CaseFields.ClientPhone, ValidationProblemCode.PhoneMissing),
            ],
            problems.Select(p => (p.Field, p.Code)));
    }

    [Theory]
    [InlineData("call me maybe", ValidationProblemCode.PhoneInvalid)]
    [InlineData("+44 20 7946 0958", ValidationProblemCode.PhoneCannotReceiveTexts)]
    public void A_phone_must_be_valid_and_able_to_receive_texts(string raw, ValidationProblemCode expected)
    {
        var source = TestCases.Source("1") with { Client = new ClientContact("Ada", "Lovelace", PhoneNumber.Parse(raw)) };

        var problem = Assert.Single(Validator.Validate(source));

        Assert.Equal(expected, problem.Code);
        Assert.DoesNotContain("7946", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_attorney_email_is_its_own_problem()
    {
        var problem = Assert.Single(Validator.Validate(TestCases.Source("1") with { AttorneyEmail = null }));

        Assert.Equal(ValidationProblemCode.AttorneyEmailMissing, problem.Code);
    }
}
