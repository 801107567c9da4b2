using System.Text.Json.Serialization;

namespace Connectors.Benchmarks.MyCase;

/// <summary>
/// The baseline's own source-generated context (not the SDK's internal <c>MyCaseJsonContext</c>): snake_case names as
/// MyCase sends them, nothing else configured.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(List<RawCase>))]
[JsonSerializable(typeof(List<RawStaff>))]
internal sealed partial class RawJsonContext : JsonSerializerContext;
