using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Connectors.CaseXchange.Models;

namespace Connectors.CaseXchange;

/// <summary>
/// Default idempotency keys derived from the operation, never a new GUID per call: a host that repeats a call after a
/// crash sends the same key, so a vendor that honours keys answers with the first result. Personal data only ever
/// enters a key hashed.
/// </summary>
internal static class CaseXchangeWriteKeys
{
    /// <summary>A draft: its CRM record id, else its CMS id, else a hash of what it says.</summary>
    public static string Draft(CaseXchangeCreateSentCase draft) =>
        !string.IsNullOrWhiteSpace(draft.SalesforceRecordId) ? $"draft:crm:{draft.SalesforceRecordId}"
        : !string.IsNullOrWhiteSpace(draft.CmsId) ? $"draft:cms:{draft.CmsId}"
        : "draft:sha256:" + Hash(
            draft.Title,
            draft.CaseType,
            draft.Jurisdiction,
            draft.ClientFirstName,
            draft.ClientLastName,
            draft.ClientEmail,
            draft.ClientPhone,
            draft.Description);

    /// <summary>A referral of a draft to a firm.</summary>
    public static string Refer(string draftId, string receivingFirmId) =>
        string.Create(CultureInfo.InvariantCulture, $"refer:{draftId}:{receivingFirmId}");

    /// <summary>A re-referral of a case to a firm, from a CRM record.</summary>
    public static string ReRefer(string caseId, string receivingFirmId, string crmRecordId) =>
        string.Create(CultureInfo.InvariantCulture, $"re-refer:{caseId}:{receivingFirmId}:{crmRecordId}");

    /// <summary>A message: the referral, a hash of the text, and the status asked for.</summary>
    public static string Message(CaseXchangeMessage message) =>
        $"message:{message.ReferralId}:" + Hash(message.Text, message.RequestedStatus?.Value, message.ClosingStatus?.Value);

    /// <summary>
    /// A platform message written as a note: the referral and a hash of the platform's message id, so each platform
    /// message is sent once, and two with the same text are two messages.
    /// </summary>
    public static string Note(string referralId, string platformMessageId) => $"note:{referralId}:" + Hash(platformMessageId);

    private static string Hash(params string?[] parts)
    {
        var text = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();
    }
}
