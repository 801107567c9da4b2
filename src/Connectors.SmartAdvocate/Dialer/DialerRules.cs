using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>The rules an <c>UpdateCaseStatus</c> must keep, checked before any request. Pure.</summary>
public static class DialerRules
{
    /// <summary>Every problem with <paramref name="updates"/> at <paramref name="now"/>; empty when they may be sent.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<DialerCaseUpdate> updates, Instant now, DialerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var problems = new List<string>();
        var seen = new HashSet<long>();
        foreach (var update in updates)
        {
            if (update is null)
            {
                problems.Add("An update is null.");
                continue;
            }

            var id = update.CaseId;
            if (id <= 0)
            {
                problems.Add($"Case {id}: CaseID must be a positive SmartAdvocate case id.");
            }

            if (!seen.Add(id))
            {
                problems.Add($"Case {id}: more than one update for the same case in one call.");
            }

            if (update.Attempts is { } attempts && (attempts < 0 || attempts > vocabulary.MaxAttempts))
            {
                problems.Add($"Case {id}: Attempts {attempts} is outside 0 to {vocabulary.MaxAttempts}.");
            }

            if (update.Status is not null && string.IsNullOrWhiteSpace(update.Status))
            {
                problems.Add($"Case {id}: Status is blank; use null to leave it unchanged.");
            }

            if (update.Disposition is not null && string.IsNullOrWhiteSpace(update.Disposition))
            {
                problems.Add($"Case {id}: Disposition is blank; use null to leave it unchanged.");
            }

            if (DialerVocabulary.Same(update.Status, vocabulary.ToDial))
            {
                if (update.NextCall is not { } next)
                {
                    problems.Add($"Case {id}: '{vocabulary.ToDial}' needs NextCall, the time of the next call.");
                }
                else if (next <= now)
                {
                    problems.Add($"Case {id}: NextCall {next} is not in the future (now is {now}).");
                }
            }
            else if (DialerVocabulary.Same(update.Status, vocabulary.InTheDialer)
                || DialerVocabulary.Same(update.Status, vocabulary.DoNotDial))
            {
                if (update.NextCall is not null)
                {
                    problems.Add(
                        $"Case {id}: '{update.Status}' takes the current time as NextCall; leave NextCall null and the SDK sends it.");
                }
            }
            else if (update.NextCall is { } next && next <= now)
            {
                problems.Add($"Case {id}: NextCall {next} is not in the future (now is {now}).");
            }
        }

        return problems;
    }

    /// <summary>True when the status is one whose NextCall is the current time ("In the Dialer", "Do not Dial").</summary>
    public static bool TakesCurrentTime(string? status, DialerVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return DialerVocabulary.Same(status, vocabulary.InTheDialer) || DialerVocabulary.Same(status, vocabulary.DoNotDial);
    }
}
