namespace Connectors.CaseXchange.Authentication;

/// <summary>The tier of a Public API key.</summary>
internal enum CaseXchangeKeyTier
{
    /// <summary><c>cxp_ro_</c>: reads only.</summary>
    ReadOnly,

    /// <summary><c>cxp_std_</c>: reads and the standard actions (create, refer, messages, status actions).</summary>
    Standard,

    /// <summary><c>cxp_full_</c>: everything.</summary>
    Full,
}
