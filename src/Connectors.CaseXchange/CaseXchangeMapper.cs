using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;

namespace Connectors.CaseXchange;

/// <summary>
/// Turns wire records into the plans' inputs. Internal: the planners take the records the client reads and map them
/// here, so a caller never takes this step by hand.
/// </summary>
internal static class CaseXchangeMapper
{
    /// <summary>The source system of Case Xchange's case keys (a referral is the case).</summary>
    public const string SourceSystem = "casexchange";

    /// <summary>
    /// A sent case as the CRM write-back plan needs it; the CRM record id is the Salesforce record id it was sent from.
    /// </summary>
    public static SentCase ToSentCase(CaseXchangeSentCase sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var crmRecordId = string.IsNullOrWhiteSpace(sent.SalesforceRecordId) ? null : sent.SalesforceRecordId;
        return new SentCase(sent.Id, sent.ReferenceNumber ?? sent.Id, sent.Status, sent.ReceivingFirmName, crmRecordId);
    }

    /// <summary>A received referral as the intake plan needs it.</summary>
    public static ReceivedReferral ToReceivedReferral(CaseXchangeReceivedReferral received)
    {
        ArgumentNullException.ThrowIfNull(received);
        return new ReceivedReferral(received.Id, received.ReferenceNumber ?? received.Id, received.Status, received.SendingFirmName);
    }
}
