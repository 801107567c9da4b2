using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;

namespace Connectors.CaseXchange;

/// <summary>Turns wire records into the plans' inputs.</summary>
public static class CaseXchangeMapper
{
    /// <summary>A sent case as the CRM write-back plan needs it; the CRM record id is the Salesforce record id it was sent from.</summary>
    public static SentCase ToSentCase(CxSentCase sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return new SentCase(sent.Id, sent.ReferenceNumber ?? sent.Id, sent.Status, sent.ReceivingFirmName, string.IsNullOrWhiteSpace(sent.SalesforceRecordId) ? null : sent.SalesforceRecordId);
    }

    /// <summary>A received referral as the intake plan needs it.</summary>
    public static ReceivedReferral ToReceivedReferral(CxReceivedReferral received)
    {
        ArgumentNullException.ThrowIfNull(received);
        return new ReceivedReferral(received.Id, received.ReferenceNumber ?? received.Id, received.Status, received.SendingFirmName);
    }
}
