using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.IntegrationTests.SmartAdvocate;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;

using NodaTime;

namespace Connectors.IntegrationTests.Resumption;

internal sealed class SmartAdvocateResumeFlow : IResumeFlow
{
    private const string TreatmentStatus = "Treatment Status";

    public string Connector => "SmartAdvocate";

    public async Task<ResumeSubject> StartAsync(CancellationPoint point)
    {
        var harness = await SmartAdvocateHarness.StartAsync(
            new SmartAdvocateSandboxOptions { Cases = 40 },
            o =>
            {
                o.StageSubStatusTypes = [TreatmentStatus];
                o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
            },
            point.OnEveryRequest());
        var vendor = harness.Vendor;
        string[] stages = ["Intake", "Treatment", "Treatment Completed", "Litigation", "Settled"];
        string[] malpractice = ["Intake", "Investigation", "Litigation", "Settled"];
        var settings = new SyncRequest
        {
            Tenant = "firm",
            SourceSystem = "smartadvocate",
            Now = default,
            Window = SyncWindow.Unbounded,
            Source = [],
            Target = [],
            Stages = new StageCatalog(
            [
                new PracticeAreaStages("Auto Accident", stages),
                new PracticeAreaStages("Slip and Fall", stages),
                new PracticeAreaStages("Medical Malpractice", malpractice),
            ]),
            StageMap = new StageMap(
            [
                new StageOverride("Treating", "Treatment"),
                new StageOverride("Released From Treatment", "Treatment Completed"),
            ]),
            KnownAttorneys = ["lead.attorney@sandbox-firm.example"],
        };
        return new ResumeSubject(harness.Get<SmartAdvocateCaseSource>(), settings, harness)
        {
            // Closes and reopens are the case's status in SmartAdvocate (positive evidence): its reads are windowed and
            // report themselves incomplete, so nothing is ever closed by absence. An update moves the stage the connector
            // reads: the treatment sub-status where the case has one, else the status.
            Change = (step, at, ids) =>
            {
                var cases = vendor.Cases.ToDictionary(c => c.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (var (id, role) in ResumeChanges.Roles(step, ids))
                {
                    var item = cases[id];
                    if (role != ResumeChange.Update)
                    {
                        vendor.UpdateCase(item.CaseId, at, closed: role == ResumeChange.Close);
                    }
                    else
                    {
                        // The next stage of the case's practice area after the one the connector reads now, written where
                        // the connector reads it (the treatment sub-status when the case has one), by the catalog's name.
                        var catalog = item.CaseType == "Medical Malpractice" ? malpractice : stages;
                        var hasTreatment = item.SubStatuses.TryGetValue(TreatmentStatus, out var treatment);
                        var current = hasTreatment ? StageOf(treatment!) : item.CaseStatus;
                        var next = Array.IndexOf(catalog, current) is var i and >= 0 && i + 1 < catalog.Length
                            ? catalog[i + 1]
                            : catalog.First(s => s != current);
                        if (hasTreatment)
                        {
                            vendor.UpdateCase(item.CaseId, at, subStatusType: TreatmentStatus, subStatus: next);
                        }
                        else
                        {
                            vendor.UpdateCase(item.CaseId, at, status: next);
                        }
                    }
                }
            },
        };
    }

    private static string StageOf(string treatment) => treatment switch
    {
        "Treating" => "Treatment",
        "Released From Treatment" => "Treatment Completed",
        _ => treatment,
    };
}
