using System.Text.Json;
using System.Text.Json.Serialization;

using Fleet.Host.Fleet;

namespace Fleet.Host.Stores;

/// <summary>Source-generated JSON: the stores' own columns (a run's completed write keys) and the sandbox's tenant control.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(TenantRequest))]
[JsonSerializable(typeof(TenantAnswer))]
internal sealed partial class FleetJsonContext : JsonSerializerContext;
