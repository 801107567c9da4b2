using System.Text.Json;

using Connectors.CaseXchange.Models;

namespace Connectors.CaseXchange.Http;

/// <summary>
/// Reads either error shape of the API into code, message, field details and request id; never throws. The body was
/// read under the options' byte cap (the shared ErrorBodyLimitHandler).
/// </summary>
internal static class CaseXchangeErrorBody
{
    public static CaseXchangeVendorError Read(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return CaseXchangeVendorError.None;
        }

        CaseXchangeErrorEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(content, CaseXchangeJsonContext.Default.CaseXchangeErrorEnvelope);
        }
        catch (JsonException)
        {
            return CaseXchangeVendorError.None;
        }

        if (envelope is null)
        {
            return CaseXchangeVendorError.None;
        }

        var details = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var groups = (envelope.Error?.Details ?? [])
            .Where(d => d is not null)
            .GroupBy(d => d.Field ?? string.Empty, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            details[group.Key] = group.Select(d => d.Message ?? string.Empty).ToArray();
        }

        // The second shape carries a top-level message next to the error; the error's own message wins.
        return new CaseXchangeVendorError(
            envelope.Error?.Code, envelope.Error?.Message ?? envelope.Message, details, envelope.Meta?.RequestId);
    }
}
