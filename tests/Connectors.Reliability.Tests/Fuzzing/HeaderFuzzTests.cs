using Connectors.Core;

using FsCheck;
using FsCheck.Fluent;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// Issue 14 point 13: headers are input too. Each header surface's answer carries mutated values of its headers
/// (<see cref="HeaderMutator"/>); the read either works, delivering every record, or ends in the SDK's exception family.
/// </summary>
public sealed class HeaderFuzzTests(ITestOutputHelper output)
{
    private static readonly IHeaderFuzzSurfaces[] Providers = [.. typeof(HeaderFuzzTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHeaderFuzzSurfaces).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IHeaderFuzzSurfaces)Activator.CreateInstance(t)!)];

    /// <summary>Every header surface, by name.</summary>
    public static TheoryData<string> Surfaces()
    {
        var names = new TheoryData<string>();
        foreach (var surface in Providers.SelectMany(p => p.Create()))
        {
            names.Add(surface.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void Mutated_headers_are_read_or_get_sdk_errors_never_a_crash(string surfaceName)
    {
        var surface = Providers.SelectMany(p => p.Create()).Single(s => s.Name == surfaceName);
        var headers = surface.Seeds.Keys.Order(StringComparer.Ordinal).ToArray();
        var stats = new FuzzStats();

        // The seeds read in full first: otherwise the mutations test nothing.
        foreach (var name in headers)
        {
            foreach (var seed in surface.Seeds[name])
            {
                var delivered = Feed(surface, Seeded(surface, name, seed));
                Assert.Equal(surface.Expected.Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
            }
        }

        var inputs =
            from header in Gen.Elements(headers)
            from seed in Gen.Choose(0, 1 << 20)
            from count in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Constant(2)))
            from mutations in Gen.ArrayOf(Gen.Zip(Gen.Elements(Enum.GetValues<HeaderMutationKind>()), Gen.Choose(0, 1 << 20)), count)
            from other in Gen.Elements(true, false, false, false)
            select new HeaderInput(header, seed, mutations, other);
        var property = Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            RunOne(surface, headers, input, stats);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzBudget.RunsPerSurface).WithQuietOnSuccess(true), property);

        output.WriteLine(stats.Summary(surface.Name));
        FuzzStats.Record(surface.Name, stats);
        Assert.True(stats.Inputs >= FuzzBudget.RunsPerSurface);
    }

    private static IReadOnlyCollection<string> Feed(HeaderSurface surface, IReadOnlyDictionary<string, IReadOnlyList<string>> headers) =>
        surface.Feed(headers).GetAwaiter().GetResult();

    // Every header at its first seed, except name, at the given seed.
    private static Dictionary<string, IReadOnlyList<string>> Seeded(HeaderSurface surface, string name, IReadOnlyList<string> seed)
    {
        var headers = surface.Seeds.ToDictionary(h => h.Key, h => h.Value[0], StringComparer.Ordinal);
        headers[name] = seed;
        return headers;
    }

    private static void RunOne(HeaderSurface surface, string[] names, HeaderInput input, FuzzStats stats)
    {
        var seeds = surface.Seeds[input.Header];
        var values = seeds[input.Seed % seeds.Count];
        foreach (var (kind, pick) in input.Mutations)
        {
            values = HeaderMutator.Apply(values, kind, pick);
        }

        var headers = Seeded(surface, input.Header, values);
        if (input.DropOther && names.Length > 1)
        {
            headers.Remove(names.First(n => n != input.Header));
        }

        var what = $"{surface.Name}: {string.Join("; ", headers.Select(h => $"{h.Key}: {HeaderMutator.Describe(h.Value)}"))} ({input})";
        IReadOnlyCollection<string> delivered;
        try
        {
            delivered = Feed(surface, headers);
        }
        catch (ConnectorException ex)
        {
            stats.Rejected(ex);
            Assert.True(ex.Message.Length < 2_000, $"The exception message echoes the header ({ex.Message.Length} chars): {what}");
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.GetType().FullName} escaped: {ex.Message}\n  input: {what}\n{ex}");
            return;
        }

        stats.Read();
        Assert.True(
            surface.Expected.All(delivered.Contains),
            $"A read that succeeded lost records ({string.Join(", ", surface.Expected.Except(delivered))}): {what}");
    }
}

/// <summary>
/// One generated header input: which header, which of its seeds, one or two mutations, and whether another header is left out.
/// </summary>
public sealed record HeaderInput(string Header, int Seed, (HeaderMutationKind Kind, int Pick)[] Mutations, bool DropOther)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Header} seed {Seed}: " +
        $"{string.Join(", ", Mutations.Select(m => $"{m.Kind}#{m.Pick}"))}{(DropOther ? ", other header dropped" : "")}";
}
