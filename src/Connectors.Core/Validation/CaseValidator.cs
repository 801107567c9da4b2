using Connectors.Core.Model;

namespace Connectors.Core.Validation;

/// <summary>
/// Decides whether a case can be created on the platform: its primary attorney email must be one of the platform's
/// attorney users, and its client must have a first name, a last name and a valid phone that can receive texts.
/// Every problem is reported together, so a user can fix the record in one pass.
/// </summary>
public sealed class CaseValidator
{
    private readonly HashSet<string> _attorneys;

    /// <summary>Creates a validator.</summary>
    /// <param name="knownAttorneyEmails">The platform's attorney users; compared without regard to case.</param>
    public CaseValidator(IEnumerable<string> knownAttorneyEmails)
    {
        ArgumentNullException.ThrowIfNull(knownAttorneyEmails);
        _attorneys = new HashSet<string>(knownAttorneyEmails.Select(e => e.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every problem of <paramref name="sourceCase"/>; empty when it can be created.</summary>
    public IReadOnlyList<ValidationProblem> Validate(SourceCase sourceCase)
    {
        ArgumentNullException.ThrowIfNull(sourceCase);
        List<ValidationProblem>? problems = null;
        void Add(string field, ValidationProblemCode code, string message) =>
            (problems ??= []).Add(new ValidationProblem(field, code, message));

        if (string.IsNullOrWhiteSpace(sourceCase.AttorneyEmail))
        {
            Add(CaseFields.AttorneyEmail, ValidationProblemCode.AttorneyEmailMissing, "The case has no primary attorney email.");
        }
        else if (!_attorneys.Contains(sourceCase.AttorneyEmail.Trim()))
        {
            Add(
                CaseFields.AttorneyEmail,
                ValidationProblemCode.AttorneyNotKnown,
                "The primary attorney email is not an attorney user on the platform.");
        }

        var client = sourceCase.Client ?? ClientContact.Empty;
        if (string.IsNullOrWhiteSpace(client.FirstName))
        {
            Add(CaseFields.ClientFirstName, ValidationProblemCode.FirstNameMissing, "The client has no first name.");
        }

        if (string.IsNullOrWhiteSpace(client.LastName))
        {
            Add(CaseFields.ClientLastName, ValidationProblemCode.LastNameMissing, "The client has no last name.");
        }

        if (client.Phone is null || string.IsNullOrWhiteSpace(client.Phone.Raw))
        {
            Add(CaseFields.ClientPhone, ValidationProblemCode.PhoneMissing, "The client has no cell phone number.");
        }
        else if (!client.Phone.IsValid)
        {
            Add(CaseFields.ClientPhone, ValidationProblemCode.PhoneInvalid, "The client's cell phone number is not a valid phone number.");
        }
        else if (!client.Phone.CanReceiveTexts)
        {
            Add(
                CaseFields.ClientPhone,
                ValidationProblemCode.PhoneCannotReceiveTexts,
                "The client's phone number cannot receive texts (it is not a mobile number).");
        }

        return problems ?? (IReadOnlyList<ValidationProblem>)[];
    }
}
