namespace Connectors.CaseXchange.Models;

/// <summary>The body of <c>POST /sent-cases/{id}/refer</c>.</summary>
/// <param name="ReceivingFirmId">The firm to refer to.</param>
internal sealed record CaseXchangeReferRequest(string ReceivingFirmId);
