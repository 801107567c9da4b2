using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;

using Connectors.Core.Diagnostics;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Shared;

namespace Connectors.Core.Tests.Diagnostics;

public sealed class TelemetryHandlerTests : IDisposable
{
    private readonly ConnectorTelemetry _telemetry = new($"Test{Guid.NewGuid():N}");
    private readonly List<Activity> _activities = [];
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryHandlerTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == _telemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Add,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == _telemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        _meterListener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        _meterListener.Start();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
        _telemetry.Dispose();
    }

    [Fact]
    public async Task Each_request_is_a_client_span_with_http_semantic_convention_attributes_and_no_secrets()
    {
        using var client = new HttpClient(new TelemetryHandler(_telemetry) { InnerHandler = new Answer(HttpStatusCode.NotFound) });

        using var response = await client.GetAsync(new Uri("https://api.example.test:8443/v1/cases?code=s3cret&page_size=10"));

        var span = Assert.Single(_activities);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("api.example.test", span.GetTagItem("server.address"));
        Assert.Equal(8443, span.GetTagItem("server.port"));
        Assert.Equal(404, span.GetTagItem("http.response.status_code"));
        Assert.Equal("404", span.GetTagItem("error.type"));
        Assert.DoesNotContain("s3cret", (string)span.GetTagItem("url.full")!, StringComparison.Ordinal);
        var duration = Assert.Single(_measurements, m => m.Instrument == "http.client.request.duration");
        Assert.Equal(404, duration.Tags["http.response.status_code"]);
    }

    [Fact]
    public async Task A_failed_request_records_its_error_type()
    {
        using var client = new HttpClient(new TelemetryHandler(_telemetry) { InnerHandler = new Throws() });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri("https://api.example.test/v1/cases")));

        Assert.Equal(typeof(HttpRequestException).FullName, Assert.Single(_activities).GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, _activities[0].Status);
    }

    [Fact]
    public void A_plan_is_counted_by_operation_kind()
    {
        var source = TestCases.Source("1", "Demand");
        var plan = SyncPlanner.Plan(TestCases.Request([source, TestCases.Source("2")], [TestCases.TargetOf(source, "Treatment")]));

        _telemetry.RecordPlan(plan);
        _telemetry.RecordWriteBack("note");

        Assert.Contains(
            _measurements,
            m => m.Instrument == "connectors.plan.operations" && (string)m.Tags["connectors.operation.kind"]! == "update" && m.Value == 1);
        Assert.Contains(
            _measurements,
            m => m.Instrument == "connectors.plan.operations" && (string)m.Tags["connectors.operation.kind"]! == "create" && m.Value == 1);
        Assert.Contains(
            _measurements,
            m => m.Instrument == "connectors.writebacks" && (string)m.Tags["connectors.writeback.kind"]! == "note");
    }

    [Fact]
    public void The_planner_counts_each_plan_in_the_meter_of_the_connector_that_claimed_its_source_system()
    {
        var system = $"sys-{Guid.NewGuid():N}"; // unique: the claim is process-wide, tests run in parallel
        _telemetry.AddSourceSystem(system);
        var cases = new[] { TestCases.Source("1"), TestCases.Source("2"), TestCases.Source("3", practiceArea: "Unknown Area") }
            .Select(c => c with { Key = new CaseKey(system, c.Key.SourceId) })
            .ToList();

        var plan = SyncPlanner.Plan(TestCases.Request(cases) with { SourceSystem = system });

        Assert.Equal(2, plan.Summary.Creates);
        Assert.Equal(
            2,
            _measurements
                .Where(m => m.Instrument == "connectors.plan.operations" && (string)m.Tags["connectors.operation.kind"]! == "create")
                .Sum(m => m.Value));
        Assert.Equal(
            1,
            _measurements.Where(m => m.Instrument == "connectors.plan.operations" && (string)m.Tags["connectors.operation.kind"]! == "skip")
                .Sum(m => m.Value));
    }

    [Fact]
    public void A_connector_counts_the_plans_of_the_source_system_named_like_it()
    {
        var vendor = _telemetry.Name["Connectors.".Length..];
        var system = vendor.ToUpperInvariant(); // compared ignoring case, as "CasePeer" counts "casepeer"
        var cases = new[] { TestCases.Source("1") }.Select(c => c with { Key = new CaseKey(system, c.Key.SourceId) }).ToList();

        SyncPlanner.Plan(TestCases.Request(cases) with { SourceSystem = system });

        Assert.Contains(
            _measurements,
            m => m.Instrument == "connectors.plan.operations" && (string)m.Tags["connectors.operation.kind"]! == "create" && m.Value == 1);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags) =>
        _measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));

    private sealed class Answer(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status));
    }

    private sealed class Throws : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("connection refused");
    }
}
