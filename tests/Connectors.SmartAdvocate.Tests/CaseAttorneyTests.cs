using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>Issue 16, point 9: the case's attorney comes from the case's own staff; the configured attorney is only a fallback.</summary>
public class CaseAttorneyTests
{
    private static SmartAdvocateOptions Options(Action<SmartAdvocateOptions>? configure = null)
    {
        var options = new SmartAdvocateOptions
        {
            DefaultAttorneyEmail = "default@example-firm.com",
            AttorneyEmailByOffice = new Dictionary<string, string> { ["Lincoln"] = "lincoln.lead@example-firm.com" },
        };
        configure?.Invoke(options);
        return options;
    }

    private static SmartAdvocateCaseInfo Case(string office = "Omaha", params SmartAdvocateCaseStaff[] staff) => new()
    {
        CaseId = 1001,
        CaseNumber = "9000002",
        CaseType = "Auto Accident",
        CaseStatus = "Intake",
        OfficeName = office,
        Staff = staff,
    };

    private static SmartAdvocateCaseStaff Staff(string role, string? email) => new() { Name = "Someone", Role = role, Email = email };

    private static string? Attorney(SmartAdvocateCaseInfo info, SmartAdvocateOptions? options = null) =>
        SmartAdvocateMapper.ToSourceCase(info, options ?? Options()).AttorneyEmail;

    [Fact]
    public void The_staffs_primary_attorney_wins_over_the_office_and_the_default()
    {
        var info = Case("Lincoln", Staff("Paralegal", "para@example-firm.com"), Staff("Primary Attorney", " ana.rivera@example-firm.com "));

        Assert.Equal("ana.rivera@example-firm.com", Attorney(info));
    }

    [Fact]
    public void Attorney_roles_are_taken_in_order_and_a_role_without_an_email_passes_to_the_next()
    {
        var managing = Staff("Managing Attorney", "managing@example-firm.com");
        var secondary = Staff("secondary attorney", "secondary@example-firm.com");

        Assert.Equal("secondary@example-firm.com", Attorney(Case("Omaha", managing, secondary)));
        Assert.Equal("managing@example-firm.com", Attorney(Case("Omaha", Staff("Primary Attorney", " "), managing)));
    }

    [Fact]
    public void The_configured_attorney_is_used_only_when_the_staff_names_no_attorney()
    {
        Assert.Equal("default@example-firm.com", Attorney(Case("Omaha")));
        Assert.Equal("default@example-firm.com", Attorney(Case("Omaha", Staff("Paralegal", "para@example-firm.com"))));
        Assert.Equal("lincoln.lead@example-firm.com", Attorney(Case("Lincoln", Staff("Case Manager", "cm@example-firm.com"))));
        Assert.Equal("default@example-firm.com", Attorney(Case("Omaha") with { Staff = null }));
        Assert.Null(Attorney(Case("Omaha"), Options(o => o.DefaultAttorneyEmail = null)));
    }

    [Fact]
    public void A_firm_lists_its_own_role_labels()
    {
        var info = Case("Omaha", Staff("Primary Attorney", "primary@example-firm.com"), Staff("Lead Counsel", "lead@example-firm.com"));

        Assert.Equal("lead@example-firm.com", Attorney(info, Options(o => o.AttorneyStaffRoles = ["Lead Counsel"])));
        Assert.Equal("default@example-firm.com", Attorney(info, Options(o => o.AttorneyStaffRoles = [])));
    }
}
