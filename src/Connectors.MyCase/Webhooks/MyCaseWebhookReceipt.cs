using Connectors.Core.Model;

namespace Connectors.MyCase.Webhooks;

/// <summary>
/// What <see cref="MyCaseWebhooks.ReceiveAsync"/> did with one verified delivery. Answer MyCase with success in every
/// case (a repeat included); hand <see cref="Cases"/> to the planner.
/// </summary>
/// <param name="Hint">What the delivery said changed.</param>
/// <param name="Repeated">
/// The delivery (same id, or same signed body) was seen within <see cref="MyCaseWebhookSignatureOptions.ReplayWindow"/>:
/// nothing was read and nothing should be done.
/// </param>
/// <param name="Cases">The cases read again (at most <see cref="MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery"/>).</param>
/// <param name="CasesNotRead">Cases the delivery pointed at that were not read (over the cap); 0 when none.</param>
/// <param name="NotReadReason">Why <paramref name="CasesNotRead"/> cases were not read; null when none were left.</param>
public sealed record MyCaseWebhookReceipt(
    MyCaseWebhookHint Hint,
    bool Repeated,
    IReadOnlyList<SourceCase> Cases,
    long CasesNotRead,
    string? NotReadReason);
