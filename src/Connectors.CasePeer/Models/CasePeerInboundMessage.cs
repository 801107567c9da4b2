namespace Connectors.CasePeer.Models;

/// <summary>
/// What CASEpeer sends when a user picks "Send Message to Case Status" (modelled: see docs/vendors/casepeer.md).
/// </summary>
/// <param name="Id">CASEpeer's id of the message.</param>
/// <param name="CaseId">The case.</param>
/// <param name="Message">The text.</param>
/// <param name="SenderEmail">The CASEpeer user who sent it.</param>
internal sealed record CasePeerInboundMessage(long Id, long CaseId, string? Message, string? SenderEmail);
