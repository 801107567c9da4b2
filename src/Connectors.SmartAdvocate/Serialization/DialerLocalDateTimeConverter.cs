using System.Text.Json;
using System.Text.Json.Serialization;

using NodaTime;
using NodaTime.Text;

namespace Connectors.SmartAdvocate.Serialization;

/// <summary>
/// The dialer's local date-times (<c>2020-07-28T23:02:00</c>): no offset, with or without fractions of a second. A
/// trailing offset or <c>Z</c> is tolerated and dropped (the value stays local). Written to the second.
/// </summary>
internal sealed class DialerLocalDateTimeConverter : JsonConverter<LocalDateTime>
{
    private static readonly LocalDateTimePattern WritePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss");
    private static readonly LocalDateTimePattern Spaced = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss.FFFFFFFFF");

    public override LocalDateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        }

        var text = reader.GetString()!.Trim();
        if (LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } l)
        {
            return l.Value;
        }

        if (Spaced.Parse(text) is { Success: true } s)
        {
            return s.Value;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } o)
        {
            return o.Value.LocalDateTime;
        }

        throw new JsonException("A dialer date could not be read.");
    }

    public override void Write(Utf8JsonWriter writer, LocalDateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WritePattern.Format(value));
}
