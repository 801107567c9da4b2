namespace Connectors.Tests.Shared;

/// <summary>Where the solution build put a program (a sample, the sandbox) that tests run as a process of its own.</summary>
internal static class BuiltProgram
{
    /// <summary><c>{folder}/{name}/bin/{Configuration}/{framework}/{name}.dll</c>, the configuration read off this test's path.</summary>
    public static string Dll(string folder, string name)
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(here);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Connectors.Sdk.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(
            root?.FullName ?? throw new InvalidOperationException("No Connectors.Sdk.sln above the test."),
            folder, name, "bin", configuration, framework, $"{name}.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{dll} is not built.", dll);
    }
}
