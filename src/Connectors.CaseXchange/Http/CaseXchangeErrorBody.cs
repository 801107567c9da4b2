using System.Text.Json;

using Connectors.CaseXchange.Models;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// Reads either error shape of the API into code, message, field details and request id; never throws. The body was
/// read under the options' byte cap (the shared ErrorBodyLimitHandler).
/// </summary>
internal static class CaseXchangeErrorBody
{
    public static CaseXchangeError Read(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return CaseXchangeError.None;
        }

        CxErrorEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(content, CaseXchangeJsonContext.Default.CxErrorEnvelope);
        }
        catch (JsonException)
        {
            return CaseXchangeError.None;
        }

        if (envelope is null)
        {
            return CaseXchangeError.None;
        }

        var details = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var group in (envelope.Error?.Details ?? []).Where(d => d is not null).GroupBy(d => d.Field ?? string.Empty, StringComparer.Ordinal))
        {
            details[group.Key] = group.Select(d => d.Message ?? string.Empty).ToArray();
        }

        // The second shape carries a top-level message next to the error; the error's own message wins.
        return new CaseXchangeError(envelope.Error?.Code, envelope.Error?.Message ?? envelope.Message, details, envelope.Meta?.RequestId);
    }
}

/// <summary>What an error body said.</summary>
internal sealed record CaseXchangeError(string? Code, string? Message, IReadOnlyDictionary<string, IReadOnlyList<string>> Details, string? RequestId)
{
    public static CaseXchangeError None { get; } = new(null, null, new Dictionary<string, IReadOnlyList<string>>(), null);
}
