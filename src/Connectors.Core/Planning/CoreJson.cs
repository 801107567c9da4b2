using System.Text.Json;
using System.Text.Json.Serialization;

using Connectors.Core.Model;

namespace Connectors.Core.Planning;

/// <summary>The one configured JSON context of Core: camelCase, ISO-8601 instants, phones as E.164 text.</summary>
internal static class CoreJson
{
    public static CoreJsonContext Context { get; } = new(Options());

    /// <summary>
    /// The same, for reading files a host kept (plans, snapshots): a null where the model allows none, or a missing
    /// constructor argument, is a malformed file (<see cref="JsonException"/>), not a record with a hole in it.
    /// </summary>
    public static CoreJsonContext Strict { get; } = new(Options(strict: true));

    private static JsonSerializerOptions Options(bool strict = false)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = true,
            Converters = { InstantJsonConverter.Instance, new PhoneNumberJsonConverter() },
        };
#if NET9_0_OR_GREATER
        options.RespectNullableAnnotations = strict; // net8.0 lacks it: there only the models' own constructor checks refuse a null
#else
        _ = strict;
#endif
        return options;
    }

    /// <summary>
    /// True for what reading a kept file may throw besides <see cref="JsonException"/>: a model's own constructor refusing
    /// a value (a window ending before it starts, a blank id), a number or text the model cannot hold.
    /// </summary>
    public static bool IsUnreadable(Exception exception) =>
        exception is JsonException
            or ArgumentException
            or FormatException
            or OverflowException
            or InvalidOperationException
            or NotSupportedException;
}
