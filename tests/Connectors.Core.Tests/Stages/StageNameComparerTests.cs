using Connectors.Core.Stages;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Connectors.Core.Tests.Stages;

public class StageNameComparerTests
{
    private static readonly IEqualityComparer<string> Comparer = StageNameComparer.For(StageNameMatching.IgnoreCaseAndWhitespace);

    private static Gen<string> Names() =>
        from words in Gen.Elements("released", "From", "TREATMENT", "a", "É").ListOf()
        from gaps in Gen.Elements(" ", "  ", "\t", " \u00A0").ListOf()
        select string.Concat(words.Select((w, i) => (i < gaps.Count ? gaps[i] : " ") + w)) + (gaps.Count > 0 ? gaps[0] : string.Empty);

    [Property(MaxTest = 500)]
    public Property Names_equal_under_the_policy_have_equal_hashes() =>
        Prop.ForAll(Names().ToArbitrary(), Names().ToArbitrary(), (x, y) =>
            !Comparer.Equals(x, y) || Comparer.GetHashCode(x) == Comparer.GetHashCode(y));

    [Property(MaxTest = 300)]
    public Property A_name_equals_its_canonical_form() =>
        Prop.ForAll(Names().ToArbitrary(), x =>
        {
            var canonical = string.Join(' ', x.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
            return Comparer.Equals(x, canonical) && Comparer.GetHashCode(x) == Comparer.GetHashCode(canonical);
        });

    [Theory]
    [InlineData("Treatment Completed", "treatment  completed", true)]
    [InlineData("Treatment Completed", " TREATMENT\tCOMPLETED ", true)]
    [InlineData("Treatment Completed", "TreatmentCompleted", false)]
    [InlineData("Demand", "Demands", false)]
    public void Case_and_whitespace_are_ignored_but_words_are_not(string x, string y, bool equal)
    {
        Assert.Equal(equal, Comparer.Equals(x, y));
    }
}
