using System.Globalization;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Windows;
using Connectors.Core.Writes;
using Connectors.IntegrationTests.MyCase;
using Connectors.MyCase;
using Connectors.MyCase.Writes;
using Connectors.Sandbox;
using Connectors.Sandbox.Faults;
using Connectors.Sandbox.MyCase;

using Microsoft.Extensions.DependencyInjection;

using NodaTime.Testing;

namespace Connectors.IntegrationTests.Chaos;

/// <summary>
/// MyCase: authorize (before the faults: an authorization code is single use, so a lost exchange can only be redone by
/// the user), read every case, plan a first sync, then upload a document to a few cases with the two-step upload.
/// </summary>
internal sealed class MyCaseChaosFlow : IChaosFlow
{
    public string Connector => "MyCase";

    public string PathPrefix => "/mycase";

    public string ListPath => "/mycase/v1/cases";

    public async Task<ChaosOutcome> RunAsync(
        IReadOnlyList<FaultRule> faults,
        int faultSeed,
        bool ignoreIdempotencyKeys,
        CancellationToken cancellationToken)
    {
        await using var harness = await MyCaseHarness.StartAsync(
            configure: o =>
            {
                o.PageSize = 10;
                o.AttemptTimeout = ChaosProfile.AttemptTimeout;
                o.UploadAttempts = 5;
            },
            options: new() { FaultSeed = faultSeed, IgnoreIdempotencyKeys = ignoreIdempotencyKeys },
            cancellationToken: cancellationToken);
        var server = harness.Server;
        var vendor = harness.Vendor;
        var provider = harness.Services;
        await harness.AuthorizeAsync();
        var requestsBefore = server.Faults.Requests;
        foreach (var fault in faults)
        {
            server.Faults.Add(fault);
        }

        var platform = new List<string>();
        var unknown = 0;
        try
        {
            var source = await MyCaseFirm.ReadAsync(provider.GetRequiredService<MyCaseCaseSource>().ReadCasesAsync(
                SyncWindow.Unbounded,
                cancellationToken));
            var plan = MyCaseFirm.Plan(source, [], SyncWindow.Unbounded, MyCaseHarness.Start);
            platform.AddRange(plan.Operations.Select(o => o.ToString()));
            var documents = provider.GetRequiredService<MyCaseDocumentWriter>();
            foreach (var create in plan.Operations.Where(o => o.Kind == OperationKind.Create).Take(8))
            {
                var caseId = long.Parse(create.SourceId, CultureInfo.InvariantCulture);
                var document = new PlatformDocument($"d-{caseId}", "letter.pdf", "%PDF-1.7 letter"u8.ToArray());
                WriteResult upload;
                try
                {
                    upload = await documents.WriteDocumentAsync(new CaseKey("mycase", create.SourceId), document, cancellationToken);
                }
                catch (WriteOutcomeUnknownException)
                {
                    // The documented recovery: WriteDocumentAsync looks for the document's marker first, so calling again is safe.
                    unknown++;
                    upload = await documents.WriteDocumentAsync(new CaseKey("mycase", create.SourceId), document, cancellationToken);
                }

                var marker = MyCaseDocumentMarker.For(document.DocumentId);
                platform.Add($"document on {caseId}: {upload.RecordId} {document.FileName} {marker}");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Outcome(server, vendor, platform, ex, requestsBefore) with { Unknown = unknown };
        }

        return Outcome(server, vendor, platform, null, requestsBefore) with { Unknown = unknown };
    }

    // The documents as MyCase holds them, not the write log: a recovered upload sends its bytes as a new version and an
    // absolute update or a presigned PUT may land twice, which change nothing. A duplicate is a second record for a
    // platform document; a lost write is a record without its bytes or still marked as waiting for them.
    private static ChaosOutcome Outcome(
        SandboxServer server,
        MyCaseSandbox vendor,
        List<string> platform,
        Exception? error,
        int requestsBefore) =>
        new(
            platform,
            [.. vendor.Cases.SelectMany(c => vendor.DocumentsOf(c.Id)).Select(State)],
            server.Faults.Requests - requestsBefore,
            server.Faults.Fired,
            error)
        {
            FiredByLabel = server.Faults.FiredByLabel,
        };

    private static string State(MyCaseSandboxDocument d) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"document on {d.CaseId} {d.Filename} bytes={d.Sha256 is not null && d.UploadedVersions > 0} " +
            $"complete={d.Description?.Contains("[case-status-upload-pending]", StringComparison.Ordinal) != true}");
}
