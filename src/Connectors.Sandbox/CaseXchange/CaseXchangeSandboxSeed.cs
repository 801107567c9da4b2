using System.Globalization;

namespace Connectors.Sandbox.CaseXchange;

/// <summary>Deterministic seed data: partner firms, sent cases in every status (most sent from a CRM record), received referrals.</summary>
internal static class CaseXchangeSandboxSeed
{
    public static IReadOnlyList<CxNamedWire> CaseTypes { get; } =
        [new("ct-pi", "Personal Injury"), new("ct-mm", "Medical Malpractice"), new("ct-wc", "Workers' Compensation")];

    public static IReadOnlyList<CxNamedWire> Jurisdictions { get; } =
        [new("jur-ca", "California"), new("jur-tx", "Texas"), new("jur-ny", "New York"), new("jur-fl", "Florida")];

    private static readonly string[] PartnerNames = [
        "Harbor Trial Lawyers",
        "Summit Injury Group",
        "Lakeside Litigation PC",
        "Northgate Law"];

    public static IReadOnlyList<CxFirmWire> PartnerFirms(Random random) =>
        [.. PartnerNames.Select(name => new CxFirmWire(Uuid(random), name))];

    public static List<CxSentCaseWire> SentCases(
        int count,
        Random random,
        IReadOnlyList<CxFirmWire> partners,
        DateTimeOffset now,
        ref int sequence)
    {
        string[] statuses = [.. CaseXchangeFlow.HappyPath, "lost", "rejected", "withdrawn", "closed"];
        var cases = new List<CxSentCaseWire>(count);
        for (var i = 0; i < count; i++)
        {
            var status = statuses[i % statuses.Length];
            var partner = status == "draft" ? null : partners[random.Next(partners.Count)];
            var type = CaseTypes[random.Next(CaseTypes.Count)];
            cases.Add(new CxSentCaseWire(
                Uuid(random),
                ReferenceNumber(type, ++sequence),
                i % 5 == 4 ? null : string.Create(CultureInfo.InvariantCulture, $"CMS-{10_000 + i}"),
                partner?.Name,
                partner?.Id,
                status,
                status is "won" ? "won_settled" : status is "lost" ? "lost" : status is "closed" ? "no_longer_pursuing" : null,
                now.AddDays(-random.Next(1, 400)),
                i % 3 == 2 ? null : SalesforceId(random),
                string.Create(CultureInfo.InvariantCulture, $"Referral {i + 1}"),
                type.Id,
                Jurisdictions[random.Next(Jurisdictions.Count)].Id));
        }

        return cases;
    }

    public static List<CxReceivedReferralWire> ReceivedReferrals(
        int count,
        Random random,
        IReadOnlyList<CxFirmWire> partners,
        DateTimeOffset now,
        ref int sequence)
    {
        var statuses = new[] { "sent", "received", "under_evaluation", "investigating", "rejected", "signed" };
        var referrals = new List<CxReceivedReferralWire>(count);
        for (var i = 0; i < count; i++)
        {
            var partner = partners[random.Next(partners.Count)];
            referrals.Add(new CxReceivedReferralWire(
                Uuid(random),
                ReferenceNumber(CaseTypes[i % CaseTypes.Count], ++sequence),
                null,
                partner.Name,
                partner.Id,
                statuses[i % statuses.Length],
                null,
                now.AddDays(-random.Next(1, 60))));
        }

        return referrals;
    }

    public static string ReferenceNumber(CxNamedWire type, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"CX-{type.Id[3..].ToUpperInvariant()}-{sequence:00000}");

    public static string Uuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    private static string SalesforceId(Random random)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var body = new char[12];
        for (var i = 0; i < body.Length; i++)
        {
            body[i] = alphabet[random.Next(alphabet.Length)];
        }

        return "a0B" + new string(body);
    }
}
