namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// Every <see cref="IFuzzSurfaces"/> in this assembly. Adding a connector's payloads is one file under <c>Surfaces/</c>
/// with a class implementing <see cref="IFuzzSurfaces"/>; nothing else changes.
/// </summary>
public static class FuzzSurfaceCatalog
{
    private static readonly IFuzzSurfaces[] Providers = [.. typeof(FuzzSurfaceCatalog).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFuzzSurfaces).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFuzzSurfaces)Activator.CreateInstance(t)!)];

    /// <summary>The surface names, for test data.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Providers.SelectMany(p => p.Create()).Select(s => s.Name)];

    /// <summary>A fresh instance of a surface.</summary>
    public static FuzzSurface Create(string name) => Providers.SelectMany(p => p.Create()).Single(s => s.Name == name);
}
