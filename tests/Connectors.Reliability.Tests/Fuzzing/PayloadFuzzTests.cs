using System.Globalization;
using System.Text.Json;

using Connectors.Core;

using FsCheck;
using FsCheck.Fluent;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>
/// Point 4 of issue #7: every vendor payload the SDK parses and every inbound surface, fed mutated JSON (wrong types,
/// nulls, missing members, huge strings, invalid dates, odd Unicode, edge numbers, duplicate keys, deep nesting,
/// truncation). The SDK answers with its own exception family (or the documented <see cref="ArgumentException"/>), or
/// reads the payload; and in a list, a record the mutation did not touch still comes through.
/// </summary>
public sealed class PayloadFuzzTests(ITestOutputHelper output)
{
    /// <summary>Every surface of every connector, by name.</summary>
    public static TheoryData<string> Surfaces()
    {
        var names = new TheoryData<string>();
        foreach (var name in FuzzSurfaceCatalog.Names)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public void Mutated_payloads_get_sdk_errors_or_per_record_skips_never_a_crash(string surfaceName)
    {
        var surface = FuzzSurfaceCatalog.Create(surfaceName);
        var seeds = surface.Seeds;
        var stats = new FuzzStats();

        // A list seed must read in full first: otherwise the mutations test nothing. (Error bodies answer with an exception.)
        foreach (var seed in seeds)
        {
            try
            {
                var delivered = Feed(surface, seed);
                if (surface.Records is { } layout)
                {
                    Assert.Equal(layout.IdsOf(seed).Order(StringComparer.Ordinal), delivered.Order(StringComparer.Ordinal));
                }
            }
            catch (ConnectorException) when (surface.Records is null)
            {
            }
        }

        var inputs =
            from seed in Gen.Choose(0, seeds.Count - 1)
            from count in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Constant(2)))
            from mutations in Gen.ArrayOf(Gen.Zip(Gen.Elements(Enum.GetValues<MutationKind>()), Gen.Choose(0, 1 << 20)), count)
            select new FuzzInput(seed, mutations);
        var property = Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            RunOne(surface, input, stats);
            return true;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(FuzzBudget.RunsPerSurface).WithQuietOnSuccess(true), property);

        output.WriteLine(stats.Summary(surface.Name));
        FuzzStats.Record(surface.Name, stats);
        Assert.True(stats.Inputs >= FuzzBudget.RunsPerSurface);
    }

    // FsCheck properties are synchronous; the surfaces' pipelines have no synchronization context to deadlock on.
    private static IReadOnlyCollection<string> Feed(FuzzSurface surface, string json) => surface.Feed(json).GetAwaiter().GetResult();

    private static void RunOne(FuzzSurface surface, FuzzInput input, FuzzStats stats)
    {
        var seed = surface.Seeds[input.Seed];
        var json = seed;
        var applied = new List<AppliedMutation>();
        foreach (var (kind, pick) in input.Mutations)
        {
            string mutated;
            AppliedMutation mutation;
            try
            {
                (mutated, mutation) = JsonMutator.Apply(json, kind, pick);
            }
            catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
            {
                break; // an earlier mutation (truncation, a duplicate key) left text the mutator cannot walk: feed it as it is
            }

            json = mutated;
            applied.Add(mutation);
        }

        var what = $"{surface.Name} seed {input.Seed}, {string.Join(" then ", applied)}; payload {JsonMutator.Describe(json)}";
        IReadOnlyCollection<string> delivered;
        try
        {
            delivered = Feed(surface, json);
        }
        catch (Exception ex) when (ex is ConnectorException || (surface.ArgumentExceptionIsContract && ex is ArgumentException))
        {
            stats.Rejected(ex);
            Assert.True(ex.Message.Length < 2_000, $"The exception message echoes the payload ({ex.Message.Length} chars): {what}");
            return;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{ex.GetType().FullName} escaped: {ex.Message}\n  input: {what}\n{ex}");
            return;
        }

        stats.Read();
        if (surface.Records is { } layout
            && applied is [{ BreaksDocument: false } only]
            && layout.RecordPath.Match(only.Path) is { Success: true } match)
        {
            var touched = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var ids = layout.IdsOf(seed);
            var missing = ids.Where((id, i) => i != touched && id != ids[touched] && !delivered.Contains(id)).ToList();
            Assert.True(missing.Count == 0, $"Records the mutation did not touch were lost ({string.Join(", ", missing)}): {what}");
            stats.KeptOthers();
        }
    }
}

/// <summary>One generated input: which seed, and one or two mutations (kind and pick).</summary>
public sealed record FuzzInput(int Seed, (MutationKind Kind, int Pick)[] Mutations)
{
    /// <inheritdoc />
    public override string ToString() => $"seed {Seed}: {string.Join(", ", Mutations.Select(m => $"{m.Kind}#{m.Pick}"))}";
}
