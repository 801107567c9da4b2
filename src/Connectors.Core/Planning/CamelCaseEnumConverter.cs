using System.Text.Json;
using System.Text.Json.Serialization;

namespace Connectors.Core.Planning;

/// <summary>Writes an enum as its camelCase name; AOT-safe (generic).</summary>
internal sealed class CamelCaseEnumConverter<TEnum>()
    : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
