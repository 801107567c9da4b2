using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

using Connectors.Core.Planning;

namespace Connectors.Core.Diagnostics;

/// <summary>
/// The <see cref="ActivitySource"/> and <see cref="Meter"/> of one connector, both named <c>Connectors.&lt;Vendor&gt;</c>,
/// with the instruments every connector records. HTTP spans and the request-duration histogram follow OpenTelemetry's
/// semantic conventions for HTTP clients (one client span per attempt). Tags carry ids and kinds, never people.
/// </summary>
public sealed class ConnectorTelemetry : IDisposable
{
    // Which connector's meter counts the plans made for a source system (SyncRequest.SourceSystem), so that
    // SyncPlanner.Plan records them under Connectors.<Vendor> without the planner knowing any connector.
    private static readonly ConcurrentDictionary<string, ConnectorTelemetry> BySourceSystem = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Creates the telemetry of a connector. Plans made for the source system named like the vendor (compared
    /// case-insensitively: <c>"MyCase"</c> counts plans of <c>"mycase"</c>) are counted in its
    /// <see cref="PlanOperations"/>; see <see cref="AddSourceSystem"/> for other names.
    /// </summary>
    /// <param name="vendor">The vendor part of the name, as <c>"MyCase"</c>: the source and meter are <c>Connectors.MyCase</c>.</param>
    public ConnectorTelemetry(string vendor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);
        Name = $"Connectors.{vendor}";
        var version = typeof(ConnectorTelemetry).Assembly.GetName().Version?.ToString();
        ActivitySource = new ActivitySource(Name, version);
        Meter = new Meter(Name, version);
        RequestDuration = Meter.CreateHistogram<double>("http.client.request.duration", "s", "Duration of HTTP client requests.");
        Retries = Meter.CreateCounter<long>("connectors.http.retries", "{retry}", "HTTP requests repeated by the resilience pipeline.");
        Pages = Meter.CreateCounter<long>("connectors.pages.read", "{page}", "Pages read from the vendor.");
        CasesRead = Meter.CreateCounter<long>("connectors.cases.read", "{case}", "Cases read from the vendor and mapped.");
        PlanOperations = Meter.CreateCounter<long>("connectors.plan.operations", "{operation}", "Plan operations, by kind.");
        WriteBacks = Meter.CreateCounter<long>(
            "connectors.writebacks",
            "{write}",
            "Writes sent to the vendor (notes, documents, statuses, referral actions), by kind.");
        BySourceSystem.TryAdd(vendor, this);
    }

    /// <summary><c>Connectors.&lt;Vendor&gt;</c>: the name to subscribe to in OpenTelemetry (<c>AddSource</c>, <c>AddMeter</c>).</summary>
    public string Name { get; }

    /// <summary>The source of the connector's spans.</summary>
    public ActivitySource ActivitySource { get; }

    /// <summary>The meter of the connector's instruments.</summary>
    public Meter Meter { get; }

    /// <summary><c>http.client.request.duration</c>, in seconds, per attempt.</summary>
    public Histogram<double> RequestDuration { get; }

    /// <summary><c>connectors.http.retries</c>.</summary>
    public Counter<long> Retries { get; }

    /// <summary><c>connectors.pages.read</c>.</summary>
    public Counter<long> Pages { get; }

    /// <summary><c>connectors.cases.read</c>.</summary>
    public Counter<long> CasesRead { get; }

    /// <summary><c>connectors.plan.operations</c>, tagged <c>connectors.operation.kind</c>.</summary>
    public Counter<long> PlanOperations { get; }

    /// <summary><c>connectors.writebacks</c>, tagged <c>connectors.writeback.kind</c>.</summary>
    public Counter<long> WriteBacks { get; }

    /// <summary>
    /// Counts the plans that <see cref="SyncPlanner"/> makes for <paramref name="sourceSystem"/> in this connector's
    /// <see cref="PlanOperations"/>, for a connector whose source system name is configurable.
    /// </summary>
    public void AddSourceSystem(string sourceSystem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceSystem);
        BySourceSystem[sourceSystem] = this;
    }

    /// <summary>Counts a plan's operations by kind; <see cref="SyncPlanner.Plan"/> calls it for the connector of the plan's source
    /// system.</summary>
    public void RecordPlan(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var s = plan.Summary;
        Record("create", s.Creates);
        Record("update", s.Updates);
        Record("close", s.Closes);
        Record("reopen", s.Reopens);
        Record("skip", s.Skips);

        void Record(string kind, int count)
        {
            if (count > 0)
            {
                PlanOperations.Add(count, new KeyValuePair<string, object?>("connectors.operation.kind", kind));
            }
        }
    }

    /// <summary>Counts one write sent to the vendor.</summary>
    /// <param name="kind">What was written: <c>note</c>, <c>document</c>, <c>status</c>, <c>referral</c>...</param>
    public void RecordWriteBack(string kind) =>
        WriteBacks.Add(1, new KeyValuePair<string, object?>("connectors.writeback.kind", kind));

    internal static void RecordPlanOfSource(SyncPlan plan)
    {
        if (BySourceSystem.TryGetValue(plan.SourceSystem, out var telemetry))
        {
            telemetry.RecordPlan(plan);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var entry in BySourceSystem.Where(e => ReferenceEquals(e.Value, this)).ToList())
        {
            BySourceSystem.TryRemove(entry);
        }

        ActivitySource.Dispose();
        Meter.Dispose();
    }
}
