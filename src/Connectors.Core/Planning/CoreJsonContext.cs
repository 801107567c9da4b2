using System.Text.Json.Serialization;

namespace Connectors.Core.Planning;

/// <summary>Source-generated JSON metadata for the plan (no reflection, trim- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SyncPlan))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
[JsonSerializable(typeof(Checkpoints.SyncProgress))]
[JsonSerializable(typeof(List<Model.TargetCase>))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
