using System.Text.Json;
using System.Text.Json.Serialization;
using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>The one configured JSON context of Core: camelCase, ISO-8601 instants, phones as E.164 text.</summary>
internal static class CoreJson
{
    public static CoreJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { InstantJsonConverter.Instance, new PhoneNumberJsonConverter() },
    });
}
