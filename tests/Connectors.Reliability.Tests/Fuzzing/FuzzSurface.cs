using System.Text.RegularExpressions;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// One place where the SDK reads input it does not control: a vendor answer read through the real client pipeline, or
/// an inbound payload handed to the SDK directly. <see cref="Feed"/> reads one payload and returns the ids of the records
/// that came through in full; it throws whatever the SDK throws.
/// </summary>
/// <param name="Name">Shown in test names and output, as <c>casepeer/cases-page</c>.</param>
/// <param name="Seeds">Well-formed payloads the mutations start from (fixtures, sandbox wire samples).</param>
/// <param name="Feed">Reads one payload through the SDK.</param>
public sealed record FuzzSurface(string Name, IReadOnlyList<string> Seeds, Func<string, Task<IReadOnlyCollection<string>>> Feed)
{
    /// <summary>
    /// For list payloads where one bad record must not stop the others: the record a JSON path falls in (its index in the
    /// seed) and the ids of every record of a seed. Null for single-record payloads.
    /// </summary>
    public RecordLayout? Records { get; init; }

    /// <summary>True when an <see cref="ArgumentException"/> is the documented answer (a caller's error, such as a null body).</summary>
    public bool ArgumentExceptionIsContract { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Where the records of a list payload are, to check that the records a mutation did not touch still come through.</summary>
/// <param name="RecordPath">Matches the path of a record (<c>^\$\.results\[(\d+)\]</c>); group 1 is the record's index.</param>
/// <param name="IdsOf">The ids of a seed's records, in order.</param>
public sealed record RecordLayout(Regex RecordPath, Func<string, IReadOnlyList<string>> IdsOf);

/// <summary>Contributes the fuzz surfaces of one connector. Every implementation in this assembly is picked up by reflection.</summary>
public interface IFuzzSurfaces
{
    /// <summary>The surfaces, each a fresh instance over its own MockHttp network.</summary>
    IEnumerable<FuzzSurface> Create();
}
