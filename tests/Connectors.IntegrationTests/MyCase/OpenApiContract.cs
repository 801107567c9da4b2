using System.Text.Json;
using System.Text.RegularExpressions;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// MyCase's published OpenAPI 3.1 files (tests/fixtures/mycase/openapi) and a small validator for what the tests need:
/// an operation per method and path template, its declared query parameters, and a JSON value checked against a schema
/// (<c>$ref</c> within the file, <c>type</c> including type arrays and null, <c>required</c>, <c>properties</c>, <c>items</c>).
/// </summary>
internal sealed partial class OpenApiContract
{
    private readonly List<(
        string File,
        JsonElement Root,
        string Path,
        Regex Pattern,
        string Method,
        JsonElement Operation,
        JsonElement PathItem)> _operations = [];

    private OpenApiContract()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures", "mycase", "openapi"), "*.json"))
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
            foreach (var path in root.GetProperty("paths").EnumerateObject())
            {
                var pattern = new Regex(
                    "^" + Regex.Replace(Regex.Escape(path.Name), @"\\\{[^}]+}", "[^/]+") + "$",
                    RegexOptions.None,
                    TimeSpan.FromSeconds(1));
                foreach (
                    var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
                {
                    _operations.Add((
                        Path.GetFileName(file),
                        root,
                        path.Name,
                        pattern,
                        operation.Name.ToUpperInvariant(),
                        operation.Value,
                        path.Value));
                }
            }
        }
    }

    public static OpenApiContract Instance { get; } = new();

    public int OperationCount => _operations.Count;

    /// <summary>The property names of schema <paramref name="schema"/> in file <paramref name="file"/> (as <c>Cases.json</c>).</summary>
    public IReadOnlySet<string> SchemaProperties(string file, string schema)
    {
        var root = _operations.First(o => o.File == file).Root;
        return root.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The operation serving <paramref name="method"/> <paramref name="path"/> (a concrete path, as <c>/v1/cases/12</c>).
    /// </summary>
    public Operation? Find(string method, string path)
    {
        // A literal path wins over a template (/v1/documents/versions would not clash, but be exact anyway).
        var match = _operations.Where(o => o.Method == method && o.Pattern.IsMatch(path))
            .OrderBy(o => o.Path.Count(c => c == '{'))
            .FirstOrDefault();
        return match.File is null ? null : new Operation(this, match.File, match.Root, match.Path, match.Operation, match.PathItem);
    }

    internal sealed record Operation(
        OpenApiContract Contract,
        string File,
        JsonElement Root,
        string Path,
        JsonElement Definition,
        JsonElement PathItem)
    {
        public IReadOnlySet<string> QueryParameters
        {
            get
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var holder in new[] { Definition, PathItem })
                {
                    if (holder.TryGetProperty("parameters", out var parameters))
                    {
                        foreach (var parameter in parameters.EnumerateArray().Select(p => Resolve(Root, p)))
                        {
                            if (parameter.GetProperty("in").GetString() == "query")
                            {
                                names.Add(parameter.GetProperty("name").GetString()!);
                            }
                        }
                    }
                }

                return names;
            }
        }

        /// <summary>True when the operation's 200 answer documents the Link and Item-Count headers (a paged list).</summary>
        public bool IsPaged => ResponseFor(200) is { } response && response.TryGetProperty(
            "headers",
            out var headers) && headers.TryGetProperty("Link", out _);

        public JsonElement? ResponseSchema(int status) =>
            ResponseFor(status) is { } response && response.TryGetProperty(
                "content",
                out var content) && content.TryGetProperty("application/json", out var json)
                ? json.GetProperty("schema")
                : null;

        public JsonElement? RequestSchema =>
            Definition.TryGetProperty(
                "requestBody",
                out var body) && body.TryGetProperty("content", out var content) && content.TryGetProperty("application/json", out var json)
                ? json.GetProperty("schema")
                : null;

        public IReadOnlyList<int> Statuses =>
        [
            .. Definition.GetProperty("responses")
                .EnumerateObject()
                .Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture)),
        ];

        /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>.</summary>
        public List<string> Validate(JsonElement value, JsonElement schema)
        {
            var problems = new List<string>();
            Check(value, schema, "$", problems, requireRequired: true);
            return problems;
        }

        private JsonElement? ResponseFor(int status) =>
            Definition.GetProperty("responses")
                .TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) ? response : null;

        private void Check(JsonElement value, JsonElement schema, string at, List<string> problems, bool requireRequired)
        {
            schema = Resolve(Root, schema);
            if (schema.TryGetProperty("type", out var type))
            {
                var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray()
                    .Select(t => t.GetString()!)
                    .ToList() : [type.GetString()!];
                if (!allowed.Any(t => Matches(value, t)))
                {
                    problems.Add($"{at}: {value.ValueKind} where the schema says {string.Join("|", allowed)}");
                    return;
                }
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                if (requireRequired && schema.TryGetProperty("required", out var required))
                {
                    foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    {
                        if (!value.TryGetProperty(name, out _))
                        {
                            problems.Add($"{at}: required property '{name}' is missing");
                        }
                    }
                }

                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in value.EnumerateObject())
                    {
                        if (properties.TryGetProperty(property.Name, out var propertySchema))
                        {
                            Check(property.Value, propertySchema, $"{at}.{property.Name}", problems, requireRequired);
                        }
                        else if (schema.TryGetProperty(
                            "additionalProperties",
                            out var additional) && additional.ValueKind == JsonValueKind.False)
                        {
                            problems.Add($"{at}: property '{property.Name}' is not in the schema");
                        }
                    }
                }
            }
            else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(item, items, $"{at}[{index++}]", problems, requireRequired);
                }
            }
        }

        private static bool Matches(JsonElement value, string type) => type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "number" => value.ValueKind == JsonValueKind.Number,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "null" => value.ValueKind == JsonValueKind.Null,
            _ => true,
        };

        private static JsonElement Resolve(JsonElement root, JsonElement element)
        {
            while (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("$ref", out var reference))
            {
                var target = root;
                foreach (var segment in reference.GetString()!.TrimStart('#', '/').Split('/'))
                {
                    target = target.GetProperty(segment);
                }

                element = target;
            }

            return element;
        }
    }
}
