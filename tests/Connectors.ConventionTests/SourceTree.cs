namespace Connectors.ConventionTests;

/// <summary>The repository's source tree, found from the test's output folder (the folder holding Connectors.Sdk.sln).</summary>
internal static class SourceTree
{
    public static string Root { get; } = FindRoot();

    /// <summary>A connector's project folder, <c>src/Connectors.&lt;vendor&gt;</c>.</summary>
    public static string Connector(string vendor) => Path.Combine(Root, "src", $"Connectors.{vendor}");

    /// <summary>The C# files under <paramref name="folder"/>, build output left out.</summary>
    public static IEnumerable<string> CodeFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Connectors.Sdk.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Connectors.Sdk.sln above {AppContext.BaseDirectory}.");
    }
}
