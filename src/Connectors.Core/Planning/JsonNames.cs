using System.Text.Json;

namespace Connectors.Core.Planning;

/// <summary>The camelCase names enums are written with, cached.</summary>
internal static class JsonNames
{
    private static readonly Dictionary<SkipReason, string> Reasons =
        Enum.GetValues<SkipReason>().ToDictionary(r => r, r => JsonNamingPolicy.CamelCase.ConvertName(r.ToString()));

    public static string Of(SkipReason reason) => Reasons.TryGetValue(reason, out var name) ? name : reason.ToString();
}
