using Connectors.Core.Http;
using Connectors.Core.Model;

using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// What the dialer client checks before it sends anything: every problem of a request is listed in one
/// <see cref="ConnectorValidationException"/>, and nothing is sent while there is one.
/// </summary>
internal static class DialerRequestChecks
{
    /// <summary>A query asks for at least one case.</summary>
    public static void CheckQuery(DialerQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Records <= 0)
        {
            throw new ConnectorValidationException("GetCasesToDial", [$"Records must be at least 1 (was {query.Records})."]);
        }
    }

    /// <summary>Every update keeps <see cref="DialerRules"/> at <paramref name="now"/>.</summary>
    public static void CheckUpdates(IReadOnlyList<DialerCaseUpdate> updates, Instant now, DialerVocabulary vocabulary)
    {
        var problems = DialerRules.Check(updates, now, vocabulary);
        if (problems.Count > 0)
        {
            throw new ConnectorValidationException("UpdateCaseStatus", problems);
        }
    }

    /// <summary>A note by case has a positive case id and text; <paramref name="extraProblem"/> is one more the caller found.</summary>
    public static void CheckNote(long caseId, string note, string? extraProblem = null)
    {
        var problems = new List<string>();
        if (caseId <= 0)
        {
            problems.Add($"CaseID must be a positive SmartAdvocate case id (was {caseId}).");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("The note is empty.");
        }

        if (extraProblem is not null)
        {
            problems.Add(extraProblem);
        }

        Throw("AddCaseNote", problems);
    }

    /// <summary>A note by phone has a valid number and text.</summary>
    public static void CheckNoteByPhone(PhoneNumber phone, string note)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var problems = new List<string>();
        if (!phone.IsValid)
        {
            problems.Add($"The phone {phone} is not a valid number.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            problems.Add("The note is empty.");
        }

        Throw("AddCaseNoteByPhone", problems);
    }

    private static void Throw(string operation, List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new ConnectorValidationException(operation, problems);
        }
    }
}
