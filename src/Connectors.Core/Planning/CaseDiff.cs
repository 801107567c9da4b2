using Connectors.Core.Model;
using Connectors.Core.Stages;
using Connectors.Core.Validation;

namespace Connectors.Core.Planning;

/// <summary>
/// The field changes that bring an open platform case in line with its source case. Allocates nothing when the
/// case is unchanged, which is the common case of a nightly sync. A change whose new value fails validation (an
/// invalid phone, an unknown attorney) is held back, never written, and reported as a problem.
/// </summary>
internal readonly struct CaseDiff
{
    private readonly SourceCase _source;

    private CaseDiff(
        SourceCase source,
        IReadOnlyList<FieldChange> changes,
        IReadOnlyList<ValidationProblem> problems,
        string? notes,
        bool stageHeldBack)
    {
        _source = source;
        Changes = changes;
        Problems = problems;
        Notes = notes;
        StageHeldBack = stageHeldBack;
    }

    public IReadOnlyList<FieldChange> Changes { get; }

    /// <summary>Validation problems that held a change back.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    public string? Notes { get; }

    /// <summary>True when a stage change was held back because the case is not connected.</summary>
    public bool StageHeldBack { get; }

    public bool StageChanged => Changes.Any(c => c.Field == CaseFields.Stage);

    public static CaseDiff Compute(
        SourceCase source,
        TargetCase target,
        string practiceArea,
        StageResolution stage,
        CaseValidator validator)
    {
        var notes = stage.Outcome == StageResolutionOutcome.NoMatchingStage ? stage.Detail : null;
        var desiredStage = stage.Stage ?? target.Stage;
        var heldBack = false;
        if (!source.IsConnected && !string.Equals(desiredStage, target.Stage, StringComparison.Ordinal))
        {
            heldBack = true;
            desiredStage = target.Stage;
            notes = Join(notes, "The case was not connected to the platform, so its stage is not synced.");
        }

        var client = source.Client ?? ClientContact.Empty;
        var current = target.Client ?? ClientContact.Empty;
        List<FieldChange>? changes = null;
        Compare(ref changes, CaseFields.PracticeArea, target.PracticeArea, practiceArea);
        Compare(ref changes, CaseFields.Stage, target.Stage, desiredStage);
        Compare(ref changes, CaseFields.Title, target.Title, source.Title);
        Compare(ref changes, CaseFields.AttorneyEmail, target.AttorneyEmail, source.AttorneyEmail, StringComparison.OrdinalIgnoreCase);
        Compare(ref changes, CaseFields.ClientFirstName, current.FirstName, client.FirstName);
        Compare(ref changes, CaseFields.ClientLastName, current.LastName, client.LastName);
        Compare(ref changes, CaseFields.ClientEmail, current.Email, client.Email, StringComparison.OrdinalIgnoreCase);
        if (!Equals(current.Phone, client.Phone))
        {
            (changes ??= []).Add(new FieldChange(CaseFields.ClientPhone, Text(current.Phone), Text(client.Phone), IsHighRisk: true));
        }

        if (changes is null)
        {
            return new CaseDiff(source, [], [], notes, heldBack);
        }

        var problems = HoldBackInvalid(changes, validator.Validate(source));
        if (problems.Count > 0)
        {
            notes = Join(notes, "Changes to fields that fail validation are held back.");
        }

        return new CaseDiff(source, changes, problems, notes, heldBack);
    }

    // Kept out of Compute: lambdas there would allocate their closure on every call, changed or not.
    private static List<ValidationProblem> HoldBackInvalid(List<FieldChange> changes, IReadOnlyList<ValidationProblem> found)
    {
        var blocking = found.Where(p => changes.Exists(c => c.Field == p.Field)).ToList();
        changes.RemoveAll(c => blocking.Exists(p => p.Field == c.Field));
        return blocking;
    }

    /// <summary>The platform case with every change applied.</summary>
    public TargetCase Apply(TargetCase target)
    {
        var client = target.Client ?? ClientContact.Empty;
        var result = target;
        foreach (var change in Changes)
        {
            switch (change.Field)
            {
                case CaseFields.PracticeArea: result = result with { PracticeArea = change.After! }; break;
                case CaseFields.Stage: result = result with { Stage = change.After }; break;
                case CaseFields.Title: result = result with { Title = change.After }; break;
                case CaseFields.AttorneyEmail: result = result with { AttorneyEmail = change.After }; break;
                case CaseFields.ClientFirstName: client = client with { FirstName = change.After }; break;
                case CaseFields.ClientLastName: client = client with { LastName = change.After }; break;
                case CaseFields.ClientEmail: client = client with { Email = change.After }; break;
                case CaseFields.ClientPhone: client = client with { Phone = _source.Client?.Phone }; break;
            }
        }

        return result with { Client = client };
    }

    private static void Compare(
        ref List<FieldChange>? changes,
        string field,
        string? before,
        string? after,
        StringComparison comparison = StringComparison.Ordinal)
    {
        if (!string.Equals(before, after, comparison))
        {
            (changes ??= []).Add(new FieldChange(field, before, after));
        }
    }

    private static string? Text(PhoneNumber? phone) => phone?.E164 ?? phone?.Raw;

    private static string? Join(string? first, string second) => first is null ? second : $"{first} {second}";
}
