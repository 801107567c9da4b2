using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Shared;

/// <summary>
/// Source-generated JSON metadata the shared source needs of its own (no reflection, trim- and AOT-safe): a record read
/// as a <see cref="JsonElement"/> by <see cref="TolerantListJsonConverter{T}"/>.
/// </summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class SharedJsonContext : JsonSerializerContext;
