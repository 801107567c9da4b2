using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.IntegrationTests.MyCase;
using Connectors.MyCase;
using Connectors.Sandbox.MyCase;

using NodaTime;
using NodaTime.Testing;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>MyCase, authorized once before the run (the cancellation points then fall on the sync's own requests).</summary>
internal sealed class MyCaseResumeFlow : IResumeFlow
{
    public string Connector => "MyCase";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var harness = await MyCaseHarness.StartAsync(
            configure: o =>
            {
                o.PageSize = 10;
                o.RequestsPerSecond = 1000;
            },
            options: point.OnEveryRequest());
        var vendor = harness.Vendor;
        await harness.AuthorizeAsync();

        var settings = new SyncRequest
        {
            Tenant = "sandbox-firm",
            SourceSystem = "mycase",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = MyCaseFirm.Catalog,
            StageMap = MyCaseFirm.Overrides,
            KnownAttorneys = MyCaseFirm.Attorneys,
        };
        return new ResumeSubject(harness.Get<MyCaseCaseSource>(), settings, harness)
        {
            Change = (step, at, ids) =>
            {
                var cases = vendor.Cases.ToDictionary(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (id, role) in ResumeChanges.Roles(step, ids))
                {
                    var item = cases[id];
                    var stages = item.PracticeArea is { } area ? MyCaseSeedData.PracticeAreas.GetValueOrDefault(area) ?? [] : [];
                    var next = Array.IndexOf(
                        stages,
                        item.CaseStage) is var i and >= 0 && i + 1 < stages.Length ? stages[i + 1] : stages.FirstOrDefault(s =>
                            s != item.CaseStage);
                    vendor.UpdateCase(
                        item.Id,
                        stage: role == ResumeChange.Update ? next : null,
                        closed: role switch { ResumeChange.Close => true, ResumeChange.Reopen => false, _ => null },
                        at: at);
                }
            },
        };
    }

}
