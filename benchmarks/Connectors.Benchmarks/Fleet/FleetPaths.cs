namespace Connectors.Benchmarks.Fleet;

/// <summary>The built Fleet.Host and sandbox programs (this project builds them first, not referencing their assemblies).</summary>
internal static class FleetPaths
{
    public static string FleetHost => Built("samples/Fleet.Host", "Fleet.Host.dll");

    public static string Sandbox => Built("src/Connectors.Sandbox", "Connectors.Sandbox.dll");

    // Same configuration and framework as this benchmark's own output (bin/Release/net10.0).
    private static string Built(string project, string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Connectors.Sdk.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(
            root?.FullName ?? throw new InvalidOperationException("No Connectors.Sdk.sln above the benchmark."),
            project,
            "bin",
            configuration,
            framework,
            dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {project} first ({configuration}).", path);
    }
}
