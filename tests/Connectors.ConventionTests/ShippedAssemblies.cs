using System.Reflection;

namespace Connectors.ConventionTests;

/// <summary>The assemblies the SDK ships, found by name among the ones this test project references.</summary>
internal static class ShippedAssemblies
{
    public static IReadOnlyList<Assembly> All { get; } = LoadAll();

    public static IEnumerable<Type> PublicTypes => All.SelectMany(a => a.GetExportedTypes());

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var assembly in All)
        {
            data.Add(assembly.GetName().Name!);
        }

        return data;
    }

    private static List<Assembly> LoadAll()
    {
        var directory = AppContext.BaseDirectory;
        return Directory.GetFiles(directory, "Connectors.*.dll")
            .Where(path => !Path.GetFileName(path).Contains("Tests", StringComparison.Ordinal))
            .Select(path => Assembly.LoadFrom(path))
            .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)
            .ToList();
    }
}
