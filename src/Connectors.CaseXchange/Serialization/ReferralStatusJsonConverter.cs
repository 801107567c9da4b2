using System.Text.Json;
using System.Text.Json.Serialization;

using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange.Serialization;

/// <summary>Reads and writes a <see cref="ReferralStatus"/> as its plain string, keeping values this SDK does not know.</summary>
internal sealed class ReferralStatusJsonConverter : JsonConverter<ReferralStatus>
{
    /// <inheritdoc />
    public override ReferralStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? string.Empty);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ReferralStatus value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
