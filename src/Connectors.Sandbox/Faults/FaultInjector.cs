using System.Globalization;

using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox.Faults;

/// <summary>The fault rules in force, and the middleware step that applies them. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<ActiveRule> _rules = [];
    private readonly Dictionary<string, int> _firedByLabel = new(StringComparer.Ordinal);
    private readonly Random _random;
    private int _requests;

    /// <summary>Creates an injector whose probability rules draw from a seeded generator.</summary>
    public FaultInjector(int seed) => _random = new Random(seed);

    /// <summary>How many faults have fired so far.</summary>
    public int Fired { get; private set; }

    /// <summary>How many faults have fired so far per rule label (<see cref="FaultRule.Label"/>).</summary>
    public IReadOnlyDictionary<string, int> FiredByLabel
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_firedByLabel, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>How many faults of rules labelled <paramref name="label"/> have fired so far.</summary>
    public int FiredOf(string label)
    {
        lock (_gate)
        {
            return _firedByLabel.GetValueOrDefault(label);
        }
    }

    /// <summary>How many requests the sandbox has seen so far, faulted or not.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Adds a rule.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate)
        {
            _rules.Add(new ActiveRule(rule));
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Serves <paramref name="http"/> through <paramref name="next"/>, injecting the fault of the first rule that fires.</summary>
    public async Task InvokeAsync(HttpContext http, Func<Task> next, Func<HttpContext, int, string, Task> writeError)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(writeError);
        Interlocked.Increment(ref _requests);
        var rule = Firing(http.Request);
        if (rule is null)
        {
            await next().ConfigureAwait(false);
            return;
        }

        if (rule.Kind == FaultKind.Latency && rule.AfterHandler)
        {
            // Applied at once, answered late: a client that gave up has no answer for a write that happened.
            var late = await RunBufferedAsync(http, next).ConfigureAwait(false);
            await Task.Delay(rule.Latency, http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.WriteAsync(late, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (rule.Kind == FaultKind.Latency)
        {
            await Task.Delay(rule.Latency, http.RequestAborted).ConfigureAwait(false);
            await next().ConfigureAwait(false);
            return;
        }

        if (rule.AfterHandler || rule.Kind == FaultKind.TruncatedBody)
        {
            var body = await RunBufferedAsync(http, next).ConfigureAwait(false);
            if (rule.Kind == FaultKind.TruncatedBody)
            {
                await http.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), http.RequestAborted).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                http.Abort();
                return;
            }

            http.Response.Clear();
        }

        switch (rule.Kind)
        {
            case FaultKind.RateLimited:
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(rule.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await writeError(http, StatusCodes.Status429TooManyRequests, "Rate limit exceeded (injected).").ConfigureAwait(false);
                break;
            case FaultKind.ServerError:
                await writeError(http, StatusCodes.Status500InternalServerError, "Internal server error (injected).").ConfigureAwait(false);
                break;
            case FaultKind.Unavailable:
                await writeError(http, StatusCodes.Status503ServiceUnavailable, "Service unavailable (injected).").ConfigureAwait(false);
                break;
            case FaultKind.DropConnection:
                http.Abort();
                break;
            case FaultKind.MalformedJson:
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("{\"results\": [{\"id\": 1, \"name\": ", http.RequestAborted).ConfigureAwait(false);
                break;
        }
    }

    private FaultRule? Firing(HttpRequest request)
    {
        lock (_gate)
        {
            foreach (var active in _rules)
            {
                var rule = active.Rule;
                if ((rule.Method is not null && !HttpMethods.Equals(rule.Method, request.Method))
                    || (rule.PathPrefix is not null && !request.Path.StartsWithSegments(
                        rule.PathPrefix,
                        StringComparison.OrdinalIgnoreCase))
                    || (rule.MaxTimes is { } max && active.Fired >= max))
                {
                    continue;
                }

                active.Matched++;
                var fires = rule.OnRequests.Count > 0 ? rule.OnRequests.Contains(active.Matched) : _random.NextDouble() < rule.Probability;
                if (fires)
                {
                    active.Fired++;
                    Fired++;
                    _firedByLabel[rule.Label] = _firedByLabel.GetValueOrDefault(rule.Label) + 1;
                    return rule;
                }
            }

            return null;
        }
    }

    private static async Task<byte[]> RunBufferedAsync(HttpContext http, Func<Task> next)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next().ConfigureAwait(false);
        }
        finally
        {
            http.Response.Body = original;
        }

        return buffer.ToArray();
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;

        public int Matched { get; set; }

        public int Fired { get; set; }
    }
}
