using System.Text.Json.Serialization;

namespace Connectors.SmartAdvocate.Models;

/// <summary>
/// The parameters of the dialer's <c>GetCasesToDial</c>, named as the vendor names them. MODELLED as a JSON body: the
/// vendor does not publish where the parameters go, and a POST body keeps an auto-changing read from being retried blindly.
/// </summary>
internal sealed record SmartAdvocateGetCasesToDialRequest
{
    /// <summary>Dialer campaign name; empty returns every campaign's cases.</summary>
    [JsonPropertyName("Campaign")]
    public string Campaign { get; init; } = "";

    /// <summary>Case group name; empty returns every case group's cases.</summary>
    [JsonPropertyName("CaseGroup")]
    public string CaseGroup { get; init; } = "";

    /// <summary>How many cases to return.</summary>
    [JsonPropertyName("Records")]
    public int Records { get; init; }

    /// <summary>When true, SmartAdvocate sets the returned cases to "In the Dialer".</summary>
    [JsonPropertyName("Auto-change")]
    public bool AutoChange { get; init; }
}
