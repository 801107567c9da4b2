using System.Text.Json.Serialization;

namespace Fleet.Host.Stores;

/// <summary>Source-generated JSON for the stores' own columns (a run's completed write keys).</summary>
[JsonSerializable(typeof(List<string>))]
internal sealed partial class FleetJsonContext : JsonSerializerContext;
