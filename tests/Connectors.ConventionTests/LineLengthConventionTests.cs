namespace Connectors.ConventionTests;

/// <summary>A line length the code keeps (issue 15): read side by side and in a diff without scrolling.</summary>
public sealed class LineLengthConventionTests
{
    public const int MaxLineLength = 140;

    [Theory]
    [InlineData("src")]
    [InlineData("tests")]
    [InlineData("samples")]
    [InlineData("benchmarks")]
    public void No_line_of_code_is_longer_than_the_limit(string folder)
    {
        var offenders = SourceTree.CodeFiles(Path.Combine(SourceTree.Root, folder))
            .SelectMany(file => File.ReadLines(file)
                .Select((line, index) => (Line: line, Number: index + 1))
                .Where(x => x.Line.Length > MaxLineLength)
                .Select(x => $"{Path.GetRelativePath(SourceTree.Root, file)}:{x.Number} ({x.Line.Length})"))
            .ToList();
        Assert.Empty(offenders);
    }
}
