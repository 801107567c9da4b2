using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using Connectors.Tests.Shared;

namespace Connectors.Reliability.Tests.Findings;

/// <summary>
/// Writes the <c>findings</c> section of <c>docs/reliability.md</c> from <see cref="TrustFindings"/>, after checking
/// that every test it names exists under <c>tests/</c> as a test method: a renamed or dropped test fails here instead
/// of leaving the page pointing at nothing.
/// </summary>
public sealed partial class FindingsPageTests
{
    [Fact]
    public void Every_finding_names_tests_that_exist_and_the_page_lists_them()
    {
        var root = GeneratedDocSection.RepositoryRoot();
        Assert.NotNull(root); // the tests run from a checkout: the page and the test sources must be there
        var tests = TestMethods(Path.Combine(root, "tests"));

        var page = new StringBuilder();
        page.AppendLine("| Finding | What was wrong | Test that failed before the fix (project: class.method) |");
        page.AppendLine("|---|---|---|");
        var missing = new List<string>();
        foreach (var finding in TrustFindings.All)
        {
            Assert.NotEmpty(finding.Tests);
            var cells = new List<string>();
            foreach (var test in finding.Tests)
            {
                if (tests.TryGetValue(test, out var project))
                {
                    cells.Add($"{project}: `{test}`");
                }
                else
                {
                    missing.Add($"{finding.Id}: {test}");
                }
            }

            page.AppendLine(CultureInfo.InvariantCulture, $"| {finding.Id} | {finding.Title} | {string.Join("<br>", cells)} |");
        }

        Assert.True(missing.Count == 0, "Tests named in TrustFindings that do not exist: " + string.Join(", ", missing));
        GeneratedDocSection.Write("reliability.md", "findings", page.ToString());
    }

    /// <summary>
    /// Every <c>Class.Method</c> marked <c>[Fact]</c>, <c>[Theory]</c> or <c>[Property]</c> under <paramref name="testsRoot"/>, with its
    /// project.
    /// </summary>
    private static Dictionary<string, string> TestMethods(string testsRoot)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(testsRoot, file);
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal))
            {
                continue;
            }

            var project = relative.Split(Path.DirectorySeparatorChar)[0];
            var text = File.ReadAllText(file);
            var type = ClassName().Match(text);
            if (!type.Success)
            {
                continue;
            }

            foreach (Match method in TestMethod().Matches(text))
            {
                found.TryAdd($"{ClassBefore(text, method.Index) ?? type.Groups[1].Value}.{method.Groups[1].Value}", project);
            }
        }

        return found;
    }

    /// <summary>The nearest class declared before <paramref name="index"/> (a file may hold nested or several classes).</summary>
    private static string? ClassBefore(string text, int index)
    {
        string? name = null;
        foreach (Match match in ClassName().Matches(text[..index]))
        {
            name = match.Groups[1].Value;
        }

        return name;
    }

    [GeneratedRegex(@"\bclass\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"\[(?:Fact|Theory|Property)\b[^\]]*\][\s\S]{0,4000}?\b(?:void|Task|Property)\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(")]
    private static partial Regex TestMethod();
}
