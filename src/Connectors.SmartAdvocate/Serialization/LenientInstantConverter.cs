using System.Text.Json;
using System.Text.Json.Serialization;

using NodaTime;
using NodaTime.Text;

namespace Connectors.SmartAdvocate.Serialization;

/// <summary>
/// CaseSyncAPI dates: <c>2021-05-03T20:08:00Z</c>, sometimes with milliseconds, sometimes with an offset, and (seen in
/// the wild) without any zone designator, which is read as UTC. Written as <c>2021-05-03T20:08:00Z</c>.
/// </summary>
internal sealed class LenientInstantConverter : JsonConverter<Instant>
{
    private static readonly InstantPattern WritePattern = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss'Z'");

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        return TryParse(text, out var instant) ? instant : throw new JsonException("A date could not be read.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(WritePattern.Format(value));

    internal static bool TryParse(string text, out Instant instant)
    {
        try
        {
            return TryParseInRange(text.Trim(), out instant);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            // A date at the calendar's edge with an offset (9999-12-31T23:59:59-05:00) has no instant: unreadable.
            instant = default;
            return false;
        }
    }

    private static bool TryParseInRange(string text, out Instant instant)
    {
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } i)
        {
            instant = i.Value;
            return true;
        }

        if (OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } o)
        {
            instant = o.Value.ToInstant();
            return true;
        }

        if (LocalDateTimePattern.ExtendedIso.Parse(text) is { Success: true } l)
        {
            instant = l.Value.InUtc().ToInstant();
            return true;
        }

        instant = default;
        return false;
    }
}
