using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>What a mutation does to the value it picks.</summary>
public enum MutationKind
{
    /// <summary>A value of another JSON type (a string for a number, an array for an object...).</summary>
    WrongType,

    /// <summary><c>null</c>.</summary>
    Null,

    /// <summary>The member (or array element) removed.</summary>
    Remove,

    /// <summary>A 1 MB string.</summary>
    HugeString,

    /// <summary>A date a parser must refuse (<c>2026-13-45</c>, <c>yesterday</c>, empty...).</summary>
    InvalidDate,

    /// <summary>Lone surrogates, RTL override, NUL, emoji, combining marks, BOM.</summary>
    OddUnicode,

    /// <summary>A number at or past the edge of the target type (1e400, 2^63, -1, 0.5).</summary>
    EdgeNumber,

    /// <summary>The same key twice in one object, the second with another value.</summary>
    DuplicateKey,

    /// <summary>Arrays nested past the reader's depth limit.</summary>
    DeepNesting,

    /// <summary>The text cut short.</summary>
    Truncate,
}

/// <summary>One mutation applied: the kind, and the JSON path of the value it changed (<c>$.results[1].updated_at</c>).</summary>
public sealed record AppliedMutation(MutationKind Kind, string Path)
{
    /// <summary>True when the mutation broke the document itself rather than one value: a parser cannot read past it.</summary>
    public bool BreaksDocument => Kind is MutationKind.Truncate or MutationKind.DeepNesting;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} at {Path}";
}

/// <summary>
/// Mutates JSON payloads through <see cref="JsonNode"/>: picks a value by index among every value of the document and
/// replaces, removes or duplicates it. Text that <see cref="JsonNode"/> cannot write (lone surrogates, duplicate keys,
/// nesting past the depth limit) is spliced in raw after serialisation. Deterministic for a given input and pick.
/// </summary>
public static class JsonMutator
{
    private const string RawMarker = "__fuzz_raw_";

    private static readonly string[] InvalidDates =
    [
        "2026-13-45", "yesterday", "", " ", "2026-02-30T10:00:00Z", "2026-11-20T25:61:00Z", "0000-00-00T00:00:00", "-1",
        "9999-12-31T23:59:59.9999999-14:00", "0001-01-01T00:00:00+14:00", "2026-11-20T10:00:00+99:00", "1e9", "2026-W48-2",
        "\\u0032\\u0030\\u0032\\u0036-11-20", "2026-11-20T10:00:00.12345678901234567890Z",
    ];

    // Raw JSON string bodies (already escaped): lone surrogates, RTL override, NUL, emoji, combining marks, BOM, noncharacters.
    private static readonly string[] OddStrings =
    [
        "\\ud800", "x\\udc00y", "\\udbff\\udbff", "\\u202eevil\\u202c", "nul\\u0000byte", "\\u0000", "😀👨‍👩‍👧‍👦",
        "e\\u0301\\u0301\\u0301\\u0301",
        "\\ufeffbom", "\\uffff\\ufffe", "\\u200b\\u200d\\u2060", "Ωmega ﷽ 𝕏", "\\t\\r\\n\\f\\b", "\\\"quoted\\\"", "\\\\",
        "<script>alert(1)</script>", "%s%n{0}", "' OR 1=1 --",
    ];

    private static readonly string[] EdgeNumbers =
    [
        "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "-1", "0", "-0", "0.5", "1E+2",
        "18446744073709551616", "4.9e-324", "123456789012345678901234567890",
    ];

    /// <summary>Every value of <paramref name="json"/> with its path, in document order (the root first).</summary>
    public static IReadOnlyList<string> Paths(string json)
    {
        var paths = new List<string>();
        Walk(null, null, JsonNode.Parse(json), "$", slot => paths.Add(slot.Path));
        return paths;
    }

    /// <summary>Applies <paramref name="kind"/> to the value number <paramref name="pick"/> (modulo the value count).</summary>
    public static (string Json, AppliedMutation Mutation) Apply(string json, MutationKind kind, int pick)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (kind == MutationKind.Truncate)
        {
            var cut = json.Length <= 1 ? 0 : (int)((uint)pick % (uint)(json.Length - 1));
            return (json[..cut], new AppliedMutation(kind, $"$ (cut at {cut.ToString(CultureInfo.InvariantCulture)})"));
        }

        var root = JsonNode.Parse(json);
        var slots = new List<Slot>();
        Walk(null, null, root, "$", slots.Add);
        var slot = slots[(int)((uint)pick % (uint)slots.Count)];
        var (target, targetPath) = (slot.Node, slot.Path);
        var raw = new Dictionary<string, string>(StringComparer.Ordinal);
        string Raw(string text)
        {
            var key = $"{RawMarker}{raw.Count.ToString(CultureInfo.InvariantCulture)}";
            raw[key] = text;
            return key;
        }

        var rng = new Random(pick);
        switch (kind)
        {
            case MutationKind.Remove when slot.Parent is JsonObject parent:
                parent.Remove((string)slot.Key!);
                break;
            case MutationKind.Remove when slot.Parent is JsonArray array:
                array.RemoveAt((int)slot.Key!);
                break;
            case MutationKind.Remove:
                root = null; // the root removed: an empty answer body reads as null
                break;
            case MutationKind.DuplicateKey:
                var owner = target as JsonObject ?? slot.Parent as JsonObject;
                if (owner is null || owner.Count == 0)
                {
                    root = Replace(root, slot, JsonValue.Create(Raw("{\"a\":1,\"a\":\"two\"}")));
                    break;
                }

                var name = owner.ElementAt(rng.Next(owner.Count)).Key;
                var again = Raw($"{Escape(name)}\":{WrongTypeFor(owner[name], rng)}");
                owner[again] = 0; // becomes "name": <other value> after the splice below
                break;
            default:
                root = Replace(root, slot, Replacement(kind, target, rng, Raw));
                break;
        }

        var text = root?.ToJsonString() ?? "null";
        foreach (var (key, value) in raw)
        {
            // A marker stands either as a string value ("__fuzz_raw_0") or as a key ("__fuzz_raw_0": 0) for duplicate keys.
            text = text.Replace($"\"{key}\":0", $"\"{value}", StringComparison.Ordinal)
                       .Replace($"\"{key}\"", value, StringComparison.Ordinal);
        }

        return (text, new AppliedMutation(kind, targetPath));
    }

    private static JsonValue? Replacement(MutationKind kind, JsonNode? target, Random rng, Func<string, string> raw) => kind switch
    {
        MutationKind.WrongType => JsonValue.Create(raw(WrongTypeFor(target, rng))),
        MutationKind.Null => null,
        MutationKind.HugeString => JsonValue.Create(Huge(rng)),
        MutationKind.InvalidDate => JsonValue.Create(raw($"\"{InvalidDates[rng.Next(InvalidDates.Length)]}\"")),
        MutationKind.OddUnicode => JsonValue.Create(raw($"\"{OddStrings[rng.Next(OddStrings.Length)]}\"")),
        MutationKind.EdgeNumber => JsonValue.Create(raw(EdgeNumbers[rng.Next(EdgeNumbers.Length)])),
        MutationKind.DeepNesting => JsonValue.Create(raw(Nest(rng.Next(2) == 0 ? 70 : 2_000, rng.Next(2) == 0))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string WrongTypeFor(JsonNode? node, Random rng)
    {
        var others = node switch
        {
            JsonObject => new[] { "\"an object was expected\"", "[]", "42", "true" },
            JsonArray => ["{}", "\"a list was expected\"", "7", "false"],
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => ["12345", "true", "{}", "[\"x\"]", "3.75"],
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
                ["\"12abc\"", "\"\"", "true", "{}", "[1]", "\"NaN\""],
            JsonValue => ["\"yes\"", "\"true\"", "1", "{}", "[]"],
            _ => ["{}", "[]", "\"text\"", "0", "false"],
        };
        return others[rng.Next(others.Length)];
    }

    private static string Nest(int depth, bool objects) => objects
        ? string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)
        : new string('[', depth) + new string(']', depth);

    private static string Escape(string name) =>
        name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Huge(Random rng)
    {
        var unit = new[] { "A", "É", "😀", " ", "x\u0301" }[rng.Next(5)];
        var length = rng.Next(2) == 0 ? 1 << 20 : 70_000;
        return new StringBuilder(length + 8).Insert(0, unit, length / unit.Length).ToString();
    }

    private static JsonNode? Replace(JsonNode? root, Slot slot, JsonNode? replacement)
    {
        switch (slot.Parent)
        {
            case JsonObject parent:
                parent[(string)slot.Key!] = replacement;
                return root;
            case JsonArray array:
                array[(int)slot.Key!] = replacement;
                return root;
            default:
                return replacement;
        }
    }

    private static void Walk(JsonNode? parent, object? key, JsonNode? node, string path, Action<Slot> visit)
    {
        visit(new Slot(parent, key, node, path));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    Walk(obj, name, child, $"{path}.{name}", visit);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array, i, array[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", visit);
                }

                break;
        }
    }

    /// <summary>Where a value sits: its parent and its key (a name or an index), or no parent for the root.</summary>
    private sealed record Slot(JsonNode? Parent, object? Key, JsonNode? Node, string Path);

    /// <summary>A short description of a payload for failure messages: its length and its first characters.</summary>
    public static string Describe(string json)
    {
        var head = json.Length > 300 ? json[..300] + "…" : json;
        return new StringBuilder().Append(json.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars: ").Append(head).ToString();
    }
}
