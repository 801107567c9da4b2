using System.Text.Json;

using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core;

namespace Connectors.CaseXchange.Tests;

public class PlansTests
{
    private static Dictionary<ReferralStatus, string> FullMap() => ReferralStatus.Known.ToDictionary(s => s, s => $"CX {s.Value}");

    [Fact]
    public void A_status_map_missing_statuses_is_rejected_listing_them_all()
    {
        var values = FullMap();
        values.Remove(ReferralStatus.Won);
        values.Remove(ReferralStatus.Withdrawn);

        var error = Assert.Throws<ConnectorConfigurationException>(() => new CrmStatusMap(values));

        Assert.Contains("won", error.Message, StringComparison.Ordinal);
        Assert.Contains("withdrawn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_back_updates_crm_records_and_skips_cases_not_sent_from_the_crm()
    {
        var map = new CrmStatusMap(FullMap());
        SentCase[] cases =
        [
            new("u2", "CX-PI-00143", ReferralStatus.Signed, "Reyes Law", null),
            new("u1", "CX-PI-00142", ReferralStatus.UnderEvaluation, "Okafor & Chen", "a0B5e000001"),
            new("u3", "CX-PI-00144", new ReferralStatus("on_hold"), "Reyes Law", "a0B5e000003"),
        ];

        var plan = CrmWriteBackPlanner.Plan(cases, map);

        Assert.Equal(["CX-PI-00142", "CX-PI-00143", "CX-PI-00144"], plan.Select(p => p.ReferenceNumber));
        Assert.Equal(new CrmWriteBack("CX-PI-00142", "a0B5e000001", "CX under_evaluation", "Okafor & Chen", null), plan[0]);
        Assert.Equal(CrmWriteBackPlanner.NoCrmRecordId, plan[1].SkipReason);
        Assert.Contains("on_hold", plan[2].SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bulk_variant_takes_crm_ids_from_reference_pairs()
    {
        var plan = CrmWriteBackPlanner.PlanBulk(
            [
                new SentCase("u1", "CX-PI-00001", ReferralStatus.Closed, "Reyes Law", null),
                new SentCase("u2", "CX-PI-00002", ReferralStatus.Lost, null, null),
            ],
            [("cx-pi-00001", "a0B1")],
            new CrmStatusMap(FullMap()));

        var update = Assert.Single(plan);
        Assert.Equal(("a0B1", "CX closed"), (update.CrmRecordId, update.StatusValue));
    }

    [Fact]
    public void An_intake_is_created_once_per_referral_that_reached_evaluation()
    {
        ReceivedReferral[] referrals =
        [
            new("r1", "CX-PI-1", ReferralStatus.UnderEvaluation, "Firm A"),
            new("r2", "CX-PI-2", ReferralStatus.Received, "Firm B"),
            new("r3", "CX-PI-3", ReferralStatus.Signed, "Firm C"), // moved past evaluation between polls
            new("r4", "CX-PI-4", ReferralStatus.UnderEvaluation, "Firm D"),
            new("r1", "CX-PI-1", ReferralStatus.UnderEvaluation, "Firm A"),
            new("r5", "CX-PI-5", ReferralStatus.Rejected, "Firm E"),
        ];

        var plan = IntakePlanner.Plan(referrals, new HashSet<string> { "r4" });

        Assert.Equal(["r1", "r3"], plan.Select(r => r.Id));
        Assert.Empty(IntakePlanner.Plan(referrals, new HashSet<string> { "r1", "r3", "r4" }));
    }

    [Fact]
    public void Re_referral_needs_a_rejection_and_a_mapping_from_the_first_destination()
    {
        var first = new CrmObjectMapping("Lead", "Matter");

        Assert.True(ReReferralPlanner.Evaluate(ReferralStatus.Rejected, first, [first, new CrmObjectMapping("Matter", null)]).Allowed);
        var noMapping = ReReferralPlanner.Evaluate(ReferralStatus.Rejected, first, [first]);
        Assert.False(noMapping.Allowed);
        Assert.Contains("Matter", noMapping.Reason, StringComparison.Ordinal);
        Assert.False(ReReferralPlanner.Evaluate(ReferralStatus.Signed, first, [first, new CrmObjectMapping("Matter", null)]).Allowed);
        Assert.False(ReReferralPlanner.Evaluate(ReferralStatus.Rejected, new CrmObjectMapping("Lead", null), [first]).Allowed);
    }

    [Fact]
    public void The_planners_take_the_records_the_client_reads()
    {
        var map = new CrmStatusMap(FullMap());
        CaseXchangeSentCase[] sent =
        [
            new("u1", "CX-PI-00142", null, "Okafor & Chen", "f1", ReferralStatus.Signed, null, null, SalesforceRecordId: "a0B1"),
            new("u2", null, null, null, null, ReferralStatus.Draft, null, null, SalesforceRecordId: " "),
        ];
        CaseXchangeReceivedReferral[] received =
        [
            new("r1", "CX-PI-1", null, "Firm A", "f9", ReferralStatus.UnderEvaluation, null, null),
            new("r2", null, null, "Firm B", "f9", ReferralStatus.Investigating, null, null),
            new("r3", "CX-PI-3", null, "Firm C", "f9", ReferralStatus.Received, null, null),
        ];

        var plan = CrmWriteBackPlanner.Plan(sent, map);
        var bulk = CrmWriteBackPlanner.PlanBulk(sent, [("u2", "a0B2")], map);
        var intakes = IntakePlanner.Plan(received, new HashSet<string>());

        Assert.Equal(new CrmWriteBack("CX-PI-00142", "a0B1", "CX signed", "Okafor & Chen", null), plan[0]);
        Assert.Equal(("u2", CrmWriteBackPlanner.NoCrmRecordId), (plan[1].ReferenceNumber, plan[1].SkipReason)); // no reference: the id
        Assert.Equal(("a0B2", "CX draft"), (Assert.Single(bulk).CrmRecordId, bulk[0].StatusValue));
        Assert.Equal(
            [
                new ReceivedReferral("r1", "CX-PI-1", ReferralStatus.UnderEvaluation, "Firm A"),
                new ReceivedReferral("r2", "r2", ReferralStatus.Investigating, "Firm B"),
            ],
            intakes);
    }

    [Fact]
    public void A_referral_status_serializes_as_its_plain_string_without_the_connectors_options()
    {
        var json = JsonSerializer.Serialize(new ReferralStatus("under_evaluation"));

        Assert.Equal("\"under_evaluation\"", json);
        Assert.Equal(ReferralStatus.Won, JsonSerializer.Deserialize<ReferralStatus>("\"won\""));
    }
}
