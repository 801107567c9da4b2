using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Plans;
using Connectors.CaseXchange.Referrals;
using Connectors.Core;

namespace Connectors.CaseXchange.Tests;

/// <summary>
/// The CRM mapping as the Salesforce integration describes it: a source object, an optional destination object, the CX Id,
/// CX Reference Number, CX Status and receiving firm name fields, and a status map for every status.
/// </summary>
public class CrmMappingTests
{
    private static readonly CrmFieldNames MatterFields = new("CX_Id__c", "CX_Reference__c", "CX_Status__c", "Referred_To__c");

    private static readonly SentCase[] Cases =
    [
        new("u2", "CX-PI-00143", ReferralStatus.Signed, null, null),
        new("u1", "CX-PI-00142", ReferralStatus.UnderEvaluation, "Okafor & Chen", "a0M5e000001"),
        new("u3", "CX-PI-00144", ReferralStatus.Sent, null, "a0M5e000003"),
    ];

    private static CrmStatusMap Map() => new(ReferralStatus.Known.ToDictionary(s => s, s => $"CX {s.Value}"));

    [Fact]
    public void With_a_destination_object_the_destination_record_is_updated_with_every_mapped_field()
    {
        var mapping = new CrmObjectMapping("Lead", "litify_pm__Matter__c", MatterFields);

        var plan = CrmWriteBackPlanner.Plan(Cases, Map(), mapping);

        Assert.Equal("litify_pm__Matter__c", mapping.WriteBackObject);
        var update = plan[0];
        Assert.Equal(("litify_pm__Matter__c", "a0M5e000001"), (update.CrmObject, update.CrmRecordId));
        Assert.Equal(
            [
                ("CX_Id__c", "u1"),
                ("CX_Reference__c", "CX-PI-00142"),
                ("CX_Status__c", "CX under_evaluation"),
                ("Referred_To__c", "Okafor & Chen"),
            ],
            update.Fields.Select(f => (f.Key, f.Value)).OrderBy(f => f.Key, StringComparer.Ordinal));
        Assert.Equal((CrmWriteBackPlanner.NoCrmRecordId, 0), (plan[1].SkipReason, plan[1].Fields.Count));
        Assert.Equal("litify_pm__Matter__c", plan[1].CrmObject);
        Assert.False(plan[2].Fields.ContainsKey("Referred_To__c")); // no receiving firm yet: the field is left alone
    }

    [Fact]
    public void Without_a_destination_object_the_source_record_is_linked_and_updated_and_unmapped_fields_are_left_alone()
    {
        var mapping = new CrmObjectMapping("Lead", null, new CrmFieldNames("CX_Id__c", null, "CX_Status__c", null));

        var plan = CrmWriteBackPlanner.Plan(Cases, Map(), mapping);

        Assert.Equal("Lead", mapping.WriteBackObject);
        Assert.Equal("Lead", plan[0].CrmObject);
        Assert.Equal(["CX_Id__c", "CX_Status__c"], plan[0].Fields.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_client_records_plan_through_the_mapping_too()
    {
        CaseXchangeSentCase[] sent =
        [
            new("u9", "CX-PI-00199", null, "Harbor", "f1", ReferralStatus.Won, "won_settled", null, SalesforceRecordId: "a0M9"),
        ];

        var plan = CrmWriteBackPlanner.Plan(sent, Map(), new CrmObjectMapping("Lead", "Matter__c", MatterFields));

        Assert.Equal(("Matter__c", "a0M9", "CX won"), (plan[0].CrmObject, plan[0].CrmRecordId, plan[0].Fields["CX_Status__c"]));
    }

    [Fact]
    public void A_mapping_without_a_status_field_or_with_a_field_twice_cannot_drive_the_write_back()
    {
        var noStatus = new CrmObjectMapping("Lead", null, new CrmFieldNames("CX_Id__c", null, null, null));
        var twice = new CrmObjectMapping("Lead", null, new CrmFieldNames("CX_Status__c", null, "cx_status__c", null));
        var noFields = new CrmObjectMapping("Lead", "Matter__c");

        var a = Assert.Throws<ConnectorConfigurationException>(() => CrmWriteBackPlanner.Plan(Cases, Map(), noStatus));
        var b = Assert.Throws<ConnectorConfigurationException>(() => CrmWriteBackPlanner.Plan(Cases, Map(), twice));
        var c = Assert.Throws<ConnectorConfigurationException>(() => CrmWriteBackPlanner.Plan(Cases, Map(), noFields));

        Assert.Contains("CX Status field of 'Lead'", a.Message, StringComparison.Ordinal);
        Assert.Contains("mapped twice", b.Message, StringComparison.Ordinal);
        Assert.Contains("CX Status field of 'Matter__c'", c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_status_map_accounts_for_every_case_xchange_status_and_a_newer_status_is_a_skip_with_its_reason()
    {
        var map = Map();
        var mapping = new CrmObjectMapping("Lead", null, MatterFields);

        var plan = CrmWriteBackPlanner.Plan([new SentCase("u1", "CX-PI-1", new ReferralStatus("on_hold"), null, "00Q1")], map, mapping);

        Assert.All(ReferralStatus.Known, s => Assert.True(map.TryGetValue(s, out _)));
        Assert.Equal(13, ReferralStatus.Known.Count);
        Assert.Contains("on_hold", plan[0].SkipReason, StringComparison.Ordinal);
        Assert.Empty(plan[0].Fields);
    }
}
