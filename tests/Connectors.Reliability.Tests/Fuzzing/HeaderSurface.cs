namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// One place where the SDK reads response headers it does not control: the seed values of each header, and a read
/// through the real client pipeline whose answer carries the (mutated) headers. <see cref="Feed"/> throws whatever the
/// SDK throws and returns what came through (case ids), which must be every seed record when the read succeeds.
/// </summary>
/// <param name="Name">Shown in test names and output, as <c>mycase/link-header</c>.</param>
/// <param name="Seeds">Each header's well-formed values (a header may carry several), by header name.</param>
/// <param name="Feed">Reads once with these headers on the answer under test.</param>
/// <param name="Expected">What a read that succeeds delivers.</param>
public sealed record HeaderSurface(
    string Name,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Seeds,
    Func<IReadOnlyDictionary<string, IReadOnlyList<string>>, Task<IReadOnlyCollection<string>>> Feed,
    IReadOnlyCollection<string> Expected)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Contributes header fuzz surfaces. Every implementation in this assembly is picked up by reflection.</summary>
public interface IHeaderFuzzSurfaces
{
    /// <summary>The surfaces, each a fresh instance.</summary>
    IEnumerable<HeaderSurface> Create();
}
