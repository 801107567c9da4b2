using NodaTime;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>
/// Turns call outcomes into dialer status updates. Pure: no I/O, no clock (the request carries the time).
/// A success, or attempts run out, sets "Do not Dial" (with the current time, which the client fills in); any other
/// disposition sets "To Dial" with a next call after the disposition's wait, moved into calling hours in the called
/// person's local time, so no call is ever scheduled outside them.
/// </summary>
public static class DialerPlanner
{
    /// <summary>Plans the updates for <paramref name="request"/>.</summary>
    public static DialerPlan Plan(DialerPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var vocabulary = request.Vocabulary;
        var policy = request.RetryPolicy;
        var maxAttempts = Math.Min(policy.MaxAttempts, vocabulary.MaxAttempts);
        var cases = new Dictionary<long, DialerCase>();
        foreach (var dialerCase in request.Cases)
        {
            cases.TryAdd(dialerCase.CaseId, dialerCase);
        }

        var decided = new HashSet<long>();
        var decisions = new List<DialerDecision>(request.Outcomes.Count);
        foreach (var outcome in request.Outcomes)
        {
            if (!cases.TryGetValue(outcome.CaseId, out var dialerCase) || !decided.Add(outcome.CaseId))
            {
                decisions.Add(new DialerDecision(outcome.CaseId, outcome.Disposition, DialerAction.Ignored, null, null));
                continue;
            }

            decisions.Add(Decide(dialerCase, outcome, request, maxAttempts));
        }

        var updates = decisions.Where(d => d.Update is not null).Select(d => d.Update!).OrderBy(u => u.CaseId).ToList();
        return new DialerPlan(updates, decisions);
    }

    private static DialerDecision Decide(DialerCase dialerCase, CallOutcome outcome, DialerPlanRequest request, int maxAttempts)
    {
        var vocabulary = request.Vocabulary;
        var rule = request.RetryPolicy.RuleFor(outcome.Disposition);
        var attempts = Math.Clamp(dialerCase.Attempts + (rule.CountsAsAttempt ? 1 : 0), 0, vocabulary.MaxAttempts);
        var disposition = outcome.Disposition.Trim();

        DialerDecision Stop(DialerAction action) => new(dialerCase.CaseId, disposition, action,
            new DialerCaseUpdate(dialerCase.CaseId, vocabulary.DoNotDial, null, attempts, disposition), null);

        if (rule.Stop)
        {
            return Stop(DialerAction.Stop);
        }

        if (attempts >= Math.Min(rule.MaxAttempts ?? maxAttempts, maxAttempts))
        {
            return Stop(DialerAction.AttemptsExhausted);
        }

        var phone = DialerPhones.ForCall(dialerCase);
        if (phone is null)
        {
            return Stop(DialerAction.NoNumber);
        }

        var zones = request.Zones.Resolve(phone.Number, dialerCase.ZipCode);
        var wait = rule.RetryAfter > request.RetryPolicy.MinimumDelay ? rule.RetryAfter : request.RetryPolicy.MinimumDelay;
        var next = request.CallingHours.FirstPermitted(request.Now + wait, zones.Zones);
        if (next is not { } nextCall)
        {
            return Stop(DialerAction.NoPermittedTime);
        }

        return new DialerDecision(dialerCase.CaseId, disposition, DialerAction.Retry,
            new DialerCaseUpdate(dialerCase.CaseId, vocabulary.ToDial, nextCall, attempts, disposition), zones);
    }
}
