using Connectors.Core.Stages;

namespace Connectors.Core.Tests.Stages;

public class StageCatalogTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(13)]
    [InlineData(0)]
    public void A_practice_area_outside_2_to_12_stages_is_rejected_naming_the_practice_area(int count)
    {
        var stages = Enumerable.Range(1, count).Select(i => $"Stage {i}").ToList();

        var error = Assert.Throws<ConnectorConfigurationException>(() => new StageCatalog([new PracticeAreaStages("Family Law", stages)]));

        Assert.Contains("Family Law", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{count} stages", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(12)]
    public void Two_and_twelve_stages_are_accepted(int count)
    {
        var catalog = new StageCatalog([new PracticeAreaStages(
            "Family Law",
            Enumerable.Range(1, count).Select(i => $"Stage {i}").ToList())]);

        Assert.True(catalog.TryGetPracticeArea("family law", out var area));
        Assert.Equal(count, area.Stages.Count);
    }

    [Fact]
    public void A_stage_listed_twice_under_the_matching_policy_is_rejected()
    {
        var error = Assert.Throws<ConnectorConfigurationException>(
            () => new StageCatalog([new PracticeAreaStages("Probate", ["Intake", " intake "])]));

        Assert.Contains("Probate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_names_are_distinct_under_exact_matching()
    {
        var catalog = new StageCatalog([new PracticeAreaStages("Probate", ["Intake", "intake"])], StageNameMatching.Exact);

        Assert.True(catalog.TryGetStage("Probate", "intake", out var stage));
        Assert.Equal("intake", stage);
        Assert.False(catalog.TryGetPracticeArea("probate", out _));
    }

    [Fact]
    public void A_practice_area_listed_twice_is_rejected()
    {
        Assert.Throws<ConnectorConfigurationException>(() => new StageCatalog(
        [
            new PracticeAreaStages("Probate", ["A", "B"]),
            new PracticeAreaStages("PROBATE", ["A", "B"]),
        ]));
    }
}
