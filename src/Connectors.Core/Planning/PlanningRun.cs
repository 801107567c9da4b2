using System.Globalization;

using Connectors.Core.Model;
using Connectors.Core.Stages;
using Connectors.Core.Validation;

namespace Connectors.Core.Planning;

/// <summary>One planning pass: a merge join of the key-sorted source and target snapshots.</summary>
internal sealed class PlanningRun : IDisposable
{
    private const int ParallelFingerprintThreshold = 1 << 16;

    private readonly SyncRequest _request;
    private readonly StageResolver _resolver;
    private readonly CaseValidator _validator;
    private readonly RecordHasher _hasher = new();
    private readonly PlanOperations _operations;
    private readonly bool _sourceIsComplete;
    private int _openTargets;
    private int _massChanges;
    private int _closesByAbsence;

    public PlanningRun(SyncRequest request)
    {
        _request = request;
        _resolver = new StageResolver(request.Stages, request.StageMap, request.PracticeAreaMap);
        _validator = new CaseValidator(request.KnownAttorneys);
        _operations = new PlanOperations(request.Source, request.Source.Count + 16);
        _sourceIsComplete = IsComplete(request);
    }

    /// <summary>
    /// Whether absence from the source is evidence: the source reported the read complete, the window covers all time
    /// (a windowed read leaves out every case changed outside it, including one edited while the read ran), and every
    /// record was read (an unreadable one may be the absent case). Never in an update-only sync, which may read one case.
    /// </summary>
    private static bool IsComplete(SyncRequest request)
    {
        if (request.Mode == SyncMode.UpdateOnly
            || request.SourceRead is not { IsComplete: true }
            || request.Window != Windows.SyncWindow.Unbounded)
        {
            return false;
        }

        foreach (var item in request.Source)
        {
            if (item.ReadError is not null)
            {
                return false;
            }
        }

        return true;
    }

    public SyncPlan Plan()
    {
        var source = _request.Source;
        var target = _request.Target;

        // Fingerprints read every field of both snapshots but are independent of the plan: on a large sync they are
        // computed on one other core while this one plans (not split further: that would take this core).
        var fingerprints = source.Count + target.Count >= ParallelFingerprintThreshold
            ? Task.Run(() => SnapshotFingerprint.OfBothSequentially(source, target))
            : Task.FromResult(SnapshotFingerprint.OfBothSequentially(source, target));
        var sourceOrder = KeyOrder.Of(source, static c => c.Key);
        var targetOrder = KeyOrder.Of(target, static c => c.Key);

        int s = 0, t = 0;
        while (s < sourceOrder.Length || t < targetOrder.Length)
        {
            var compare = s == sourceOrder.Length ? 1
                : t == targetOrder.Length ? -1
                : source[sourceOrder[s]].Key.CompareTo(target[targetOrder[t]].Key);
            if (compare < 0)
            {
                s = PlanSourceGroup(sourceOrder, s, null);
            }
            else
            {
                var current = target[targetOrder[t]];
                t = SkipTargetDuplicates(targetOrder, t);
                CountOpen(current);
                if (compare == 0)
                {
                    s = PlanSourceGroup(sourceOrder, s, current);
                }
                else
                {
                    PlanAbsentFromSource(current);
                }
            }
        }

        var (sourceFingerprint, targetFingerprint) = fingerprints.GetAwaiter().GetResult();
        return Assemble(sourceFingerprint, targetFingerprint);
    }

    public void Dispose() => _hasher.Dispose();

    private int SkipTargetDuplicates(int[] order, int t)
    {
        // A platform holding one integration id twice is already broken; the first record is the one planned against.
        var key = _request.Target[order[t]].Key;
        do
        {
            t++;
        }
        while (t < order.Length && _request.Target[order[t]].Key == key);
        return t;
    }

    private void CountOpen(TargetCase target)
    {
        if (!target.IsClosed && string.Equals(target.Key.SourceSystem, _request.SourceSystem, StringComparison.Ordinal))
        {
            _openTargets++;
        }
    }

    private int PlanSourceGroup(int[] order, int start, TargetCase? target)
    {
        var source = _request.Source;
        var key = source[order[start]].Key;
        var end = start + 1;
        var winner = order[start];
        while (end < order.Length && source[order[end]].Key == key)
        {
            // A readable record wins over an unreadable one; then the most recently updated; on a tie, the later one in
            // the snapshot.
            var candidate = source[order[end]];
            var current = source[winner];
            if ((candidate.ReadError is null) != (current.ReadError is null)
                    ? candidate.ReadError is null
                    : candidate.UpdatedAt >= current.UpdatedAt)
            {
                winner = order[end];
            }

            end++;
        }

        for (var i = start; i < end; i++)
        {
            var item = source[order[i]];
            if (item.ReadError is not null)
            {
                // Unreadable first: a record whose id could not be read shares its placeholder key with others like it.
                _operations.Add(Skip(item, SkipReason.Unreadable, item.ReadError));
            }
            else if (order[i] != winner)
            {
                _operations.Add(Skip(
                    item,
                    SkipReason.DuplicateInSource,
                    "Another record with the same source id in this snapshot was taken (the most recently updated)."));
            }
            else if (PlanCase(item, target) is { } operation)
            {
                _operations.Add(operation);
            }
            else
            {
                _operations.AddUnchanged(order[i]);
            }
        }

        return end;
    }

    private void PlanAbsentFromSource(TargetCase target)
    {
        if (!_sourceIsComplete || target.IsClosed
            || !string.Equals(target.Key.SourceSystem, _request.SourceSystem, StringComparison.Ordinal))
        {
            return; // an incremental read never implies a close
        }

        _massChanges++;
        _closesByAbsence++;
        _operations.Add(Write(
            OperationKind.Close,
            target.Key,
            target with { IsClosed = true },
            [new FieldChange(CaseFields.Closed, "false", "true")],
            "The case is absent from a complete source snapshot.") with
        { IsHighRisk = true });
    }

    /// <summary>Null: an unchanged skip, which the plan keeps as an index rather than an object.</summary>
    private static SyncOperation? Unchanged => null;

    private SyncOperation? PlanCase(SourceCase item, TargetCase? target)
    {
        if (item.ReadError is { } readError)
        {
            return Skip(item, SkipReason.Unreadable, readError);
        }

        if (!item.IsEligible)
        {
            return Skip(item, SkipReason.NotEligible, "The case is not marked eligible for sync in the source.");
        }

        if (!_request.Window.Contains(item.UpdatedAt))
        {
            return Skip(item, SkipReason.OutsideWindow, $"Last updated {item.UpdatedAt}, outside the sync window {_request.Window}.");
        }

        if (!_resolver.TryResolve(item.PracticeArea, item.Status, out var area, out var stage))
        {
            return Skip(item, SkipReason.UnmappedPracticeArea, $"Practice area '{item.PracticeArea}' maps to no platform practice area.");
        }

        return target is null ? PlanNew(item, area.PracticeArea, stage)
            : target.IsClosed ? PlanClosedOnTarget(item, target, area.PracticeArea, stage)
            : item.IsClosed ? PlanClose(item, target)
            : PlanUpdate(item, target, area.PracticeArea, stage);
    }

    private SyncOperation PlanNew(SourceCase item, string practiceArea, StageResolution stage)
    {
        if (_request.Mode == SyncMode.UpdateOnly)
        {
            return Skip(
                item,
                SkipReason.NotSyncedBefore,
                "Update-only sync: the case was never synced to the platform, so it is not created.");
        }

        if (item.IsClosed)
        {
            return Skip(item, SkipReason.ClosedInSource, "The case is closed in the source; closed cases are not created.");
        }

        var problems = _validator.Validate(item);
        if (problems.Count > 0)
        {
            return Invalid(item, problems);
        }

        var created = new TargetCase(item.Key, practiceArea, stage.Stage, false, item.Client, item.AttorneyEmail) { Title = item.Title };
        return Write(OperationKind.Create, item.Key, created, [], stage.Detail);
    }

    private SyncOperation PlanClose(SourceCase item, TargetCase target)
    {
        if (!item.IsConnected)
        {
            return Skip(
                item,
                SkipReason.NotConnected,
                "The case is closed in the source, but it was not connected to the platform, so its closing is not synced.");
        }

        _massChanges++;
        return Write(
            OperationKind.Close,
            item.Key,
            target with { IsClosed = true },
            [new FieldChange(CaseFields.Closed, "false", "true")],
            "The case is closed in the source.");
    }

    private SyncOperation? PlanClosedOnTarget(SourceCase item, TargetCase target, string practiceArea, StageResolution stage)
    {
        if (item.IsClosed)
        {
            return Unchanged;
        }

        if (!_request.Policy.AllowReopen)
        {
            return Skip(
                item,
                SkipReason.ClosedInTarget,
                "The case is open in the source but closed on the platform, and reopening is off.");
        }

        if (!item.IsConnected)
        {
            return Skip(item, SkipReason.NotConnected, "The case was not connected to the platform, so it is not reopened.");
        }

        var diff = CaseDiff.Compute(item, target, practiceArea, stage, _validator);
        var changes = new List<FieldChange>(diff.Changes.Count + 1) { new(CaseFields.Closed, "true", "false") };
        changes.AddRange(diff.Changes);
        var reopen = Write(OperationKind.Reopen, item.Key, diff.Apply(target) with { IsClosed = false }, changes, diff.Notes);
        return reopen with { Problems = diff.Problems };
    }

    private SyncOperation? PlanUpdate(SourceCase item, TargetCase target, string practiceArea, StageResolution stage)
    {
        var diff = CaseDiff.Compute(item, target, practiceArea, stage, _validator);
        if (diff.Changes.Count == 0)
        {
            return diff.Problems.Count > 0 ? Invalid(item, diff.Problems)
                : diff.StageHeldBack ? Skip(item, SkipReason.NotConnected, diff.Notes)
                : stage.Outcome == StageResolutionOutcome.NoMatchingStage ? Skip(item, SkipReason.UnmappedStage, stage.Detail)
                : Unchanged;
        }

        if (diff.StageChanged)
        {
            _massChanges++;
        }

        return Write(OperationKind.Update, item.Key, diff.Apply(target), diff.Changes, diff.Notes) with { Problems = diff.Problems };
    }

    private SyncOperation Write(OperationKind kind, CaseKey key, TargetCase after, IReadOnlyList<FieldChange> changes, string? detail)
    {
        var highRisk = false;
        foreach (var change in changes)
        {
            highRisk |= change.IsHighRisk;
        }

        var hash = _hasher.Add(_request.Tenant).Add(key).Add((long)kind).Add(after).Finish();
        return new SyncOperation
        {
            Kind = kind,
            SourceSystem = key.SourceSystem,
            SourceId = key.SourceId,
            Detail = detail,
            Changes = changes,
            IsHighRisk = highRisk,
            IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"sync-{hash:x32}"),
            Target = after,
        };
    }

    private static SyncOperation Skip(SourceCase item, SkipReason reason, string? detail) => new()
    {
        Kind = OperationKind.Skip,
        SourceSystem = item.Key.SourceSystem,
        SourceId = item.Key.SourceId,
        Reason = reason,
        Detail = detail,
    };

    private static SyncOperation Invalid(SourceCase item, IReadOnlyList<ValidationProblem> problems) =>
        Skip(item, SkipReason.Invalid, string.Join(" ", problems.Select(p => p.Message))) with { Problems = problems };

    private SyncPlan Assemble(string sourceFingerprint, string targetFingerprint)
    {
        var unchanged = _operations.UnchangedCount();
        int creates = 0, updates = 0, closes = 0, reopens = 0, skips = unchanged, highRisk = 0;
        var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (unchanged > 0)
        {
            byReason[JsonNames.Of(SkipReason.Unchanged)] = unchanged;
        }

        foreach (var operation in _operations.Explicit())
        {
            highRisk += operation.IsHighRisk ? 1 : 0;
            switch (operation.Kind)
            {
                case OperationKind.Create: creates++; break;
                case OperationKind.Update: updates++; break;
                case OperationKind.Close: closes++; break;
                case OperationKind.Reopen: reopens++; break;
                default:
                    skips++;
                    var name = JsonNames.Of(operation.Reason!.Value);
                    byReason[name] = byReason.GetValueOrDefault(name) + 1;
                    break;
            }
        }

        var summary = new SyncPlanSummary(
            creates,
            updates,
            closes,
            reopens,
            skips,
            highRisk,
            byReason)
        { ClosesByAbsence = _closesByAbsence };
        var share = _request.Policy.MassChangeShare;
        var absenceShare = _request.Policy.AbsenceCloseShare;
        var massGuarded = _openTargets > 0 && _massChanges > share * _openTargets;
        var absenceGuarded = _openTargets > 0 && _closesByAbsence > absenceShare * _openTargets;
        var guarded = massGuarded || absenceGuarded;
        var shareText = share.ToString("P0", CultureInfo.InvariantCulture);
        var absenceShareText = absenceShare.ToString("P0", CultureInfo.InvariantCulture);
        var absent = string.Create(
            CultureInfo.InvariantCulture,
            $"The plan closes {_closesByAbsence} of {_openTargets} open cases because they are absent from the source");
        var changed = string.Create(
            CultureInfo.InvariantCulture,
            $"The plan closes or changes the stage of {_massChanges} of {_openTargets} open cases");
        var absentCloses = string.Create(
            CultureInfo.InvariantCulture,
            $"{_closesByAbsence} of the closes are of cases absent from the source, more than the {absenceShareText} allowed");
        return new SyncPlan
        {
            FormatVersion = SyncPlan.CurrentFormatVersion,
            Tenant = _request.Tenant,
            SourceSystem = _request.SourceSystem,
            Now = _request.Now,
            Window = _request.Window,
            SourceIsComplete = _sourceIsComplete,
            SourceFingerprint = sourceFingerprint,
            TargetFingerprint = targetFingerprint,
            Operations = _operations,
            Summary = summary,
            RequiresConfirmation = guarded,
            ConfirmationReason = !guarded ? null
                : absenceGuarded && !massGuarded ? $"{absent}, more than the {absenceShareText} allowed without confirmation."
                : absenceGuarded ? $"{changed}, more than the {shareText} allowed without confirmation; {absentCloses}."
                : $"{changed}, more than the {shareText} allowed without confirmation.",
            NotificationsReleaseAt = summary.Writes == 0 ? null : _request.OperatingHours?.ReleaseInstant(_request.Now) ?? _request.Now,
        };
    }
}
