using System.Text.RegularExpressions;

using Connectors.Core;
using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.CaseXchange.Authentication;

/// <summary>
/// A Public API key, <c>cxp_&lt;tier&gt;_&lt;body&gt;</c>, with its tier parsed. <see cref="ToString"/> shows the tier only.
/// </summary>
internal sealed partial class CaseXchangeApiKey
{
    private CaseXchangeApiKey(string value, CaseXchangeKeyTier tier)
    {
        Value = value;
        Tier = tier;
    }

    /// <summary>The key itself, for the <c>X-API-Key</c> header only.</summary>
    public string Value { get; }

    /// <summary>What the key may do.</summary>
    public CaseXchangeKeyTier Tier { get; }

    /// <summary>True when the key may write (refer, send messages, create drafts).</summary>
    public bool CanWrite => Tier != CaseXchangeKeyTier.ReadOnly;

    /// <summary>Parses a key.</summary>
    /// <exception cref="ConnectorConfigurationException">
    /// The key is not <c>cxp_ro_…</c>, <c>cxp_std_…</c> or <c>cxp_full_…</c> (the message never shows it).
    /// </exception>
    public static CaseXchangeApiKey Parse(string? key)
    {
        var match = key is null ? null : KeyPattern().Match(key);
        if (match is not { Success: true })
        {
            throw new ConnectorConfigurationException(
                "The Case Xchange API key is malformed: it must look like cxp_ro_..., cxp_std_... or cxp_full_... (CaseXchange:ApiKey).");
        }

        var tier = match.Groups["tier"].Value switch
        {
            "ro" => CaseXchangeKeyTier.ReadOnly,
            "std" => CaseXchangeKeyTier.Standard,
            _ => CaseXchangeKeyTier.Full,
        };
        return new CaseXchangeApiKey(key!, tier);
    }

    /// <summary>Shows the tier, never the key.</summary>
    public override string ToString() => $"CaseXchangeApiKey {{ Tier = {Tier}, Value = {SecretRedactor.Redacted} }}";

    [GeneratedRegex("^cxp_(?<tier>ro|std|full)_[A-Za-z0-9_-]{8,}$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
