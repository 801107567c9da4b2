using Connectors.Core.Stages;

namespace Connectors.Core.Tests.Stages;

public class StageResolverTests
{
    private static readonly StageCatalog Catalog = TestCases.Catalog;

    [Theory]
    [InlineData("Treatment Completed")]
    [InlineData("treatment completed")]
    [InlineData("  TREATMENT   Completed ")]
    public void By_default_a_status_maps_to_the_same_named_stage_ignoring_case_and_whitespace(string status)
    {
        var resolution = new StageResolver(Catalog).ResolveStage("Personal Injury", status);

        Assert.Equal(StageResolutionOutcome.MatchedByName, resolution.Outcome);
        Assert.Equal("Treatment Completed", resolution.Stage);
    }

    [Fact]
    public void Exact_matching_is_case_sensitive()
    {
        var exact = new StageCatalog(Catalog.PracticeAreas, StageNameMatching.Exact);
        var resolver = new StageResolver(exact);

        Assert.Equal("Demand", resolver.ResolveStage("Personal Injury", "Demand").Stage);
        Assert.Equal(StageResolutionOutcome.NoMatchingStage, resolver.ResolveStage("Personal Injury", "demand").Outcome);
    }

    [Fact]
    public void Ignore_case_matching_keeps_whitespace_significant()
    {
        var resolver = new StageResolver(new StageCatalog(Catalog.PracticeAreas, StageNameMatching.IgnoreCase));

        Assert.Equal("Demand", resolver.ResolveStage("Personal Injury", "DEMAND").Stage);
        Assert.False(resolver.ResolveStage("Personal Injury", " Demand").IsResolved);
    }

    [Fact]
    public void An_override_maps_one_name_to_another()
    {
        var map = new StageMap([new StageOverride("Released From Treatment", "Treatment Completed")]);

        var resolution = new StageResolver(Catalog, map).ResolveStage("Personal Injury", "released from treatment");

        Assert.Equal(StageResolutionOutcome.Overridden, resolution.Outcome);
        Assert.Equal("Treatment Completed", resolution.Stage);
    }

    [Fact]
    public void A_per_practice_area_override_wins_over_a_global_one()
    {
        var map = new StageMap(
        [
            new StageOverride("Filed", "Demand"),
            new StageOverride("Filed", "Hearing", "Workers Compensation"),
        ]);
        var resolver = new StageResolver(Catalog, map);

        Assert.Equal("Hearing", resolver.ResolveStage("Workers Compensation", "Filed").Stage);
        Assert.Equal("Demand", resolver.ResolveStage("Personal Injury", "Filed").Stage);
    }

    [Fact]
    public void No_match_leaves_the_stage_and_says_why()
    {
        var resolution = new StageResolver(Catalog).ResolveStage("Personal Injury", "Referred Open");

        Assert.Equal(StageResolutionOutcome.NoMatchingStage, resolution.Outcome);
        Assert.Null(resolution.Stage);
        Assert.Contains("Referred Open", resolution.Detail, StringComparison.Ordinal);
        Assert.Contains("Personal Injury", resolution.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_to_a_stage_the_practice_area_lacks_is_no_match()
    {
        var map = new StageMap([new StageOverride("Filed", "Demand")]);

        var resolution = new StageResolver(Catalog, map).ResolveStage("Workers Compensation", "Filed");

        Assert.Equal(StageResolutionOutcome.NoMatchingStage, resolution.Outcome);
        Assert.Contains("Demand", resolution.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_status_leaves_the_stage_as_it_is()
    {
        Assert.Equal(StageResolutionOutcome.NoStatus, new StageResolver(Catalog).ResolveStage("Personal Injury", null).Outcome);
    }

    [Fact]
    public void Practice_areas_map_many_to_one_and_fall_back_to_the_same_name()
    {
        var map = new PracticeAreaMap(new Dictionary<string, string>
        {
            ["PI - Auto"] = "Personal Injury",
            ["PI - Slip"] = "Personal Injury",
        });
        var resolver = new StageResolver(Catalog, practiceAreaMap: map);

        Assert.True(resolver.TryResolvePracticeArea("pi - auto", out var auto));
        Assert.True(resolver.TryResolvePracticeArea("PI - Slip", out var slip));
        Assert.True(resolver.TryResolvePracticeArea("workers compensation", out var wc));
        Assert.Equal("Personal Injury", auto.PracticeArea);
        Assert.Same(auto, slip);
        Assert.Equal("Workers Compensation", wc.PracticeArea);
        Assert.False(resolver.TryResolvePracticeArea("Bankruptcy", out _));
    }

    [Fact]
    public void Without_fall_back_only_mapped_practice_areas_resolve()
    {
        var map = new PracticeAreaMap(new Dictionary<string, string> { ["PI"] = "Personal Injury" }, fallBackToSameName: false);

        Assert.False(new StageResolver(Catalog, practiceAreaMap: map).TryResolvePracticeArea("Personal Injury", out _));
    }
}
