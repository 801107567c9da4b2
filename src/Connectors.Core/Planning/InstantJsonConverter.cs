using System.Text.Json;
using System.Text.Json.Serialization;

using NodaTime;
using NodaTime.Text;

namespace Connectors.Core.Planning;

/// <summary>
/// An <see cref="Instant"/> as ISO-8601 UTC text (<c>2026-11-25T02:00:00Z</c>, fractions only when present), the format
/// NodaTime's own converter writes. Core keeps its own so that the plan JSON has no reflection-based dependency: it stays
/// trim- and AOT-safe (NodaTime.Serialization.SystemTextJson's static converter set pulls in reflection paths).
/// </summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public static InstantJsonConverter Instance { get; } = new();

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected an ISO-8601 instant as a string, found {reader.TokenType}.");
        }

        var result = InstantPattern.ExtendedIso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message);
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
