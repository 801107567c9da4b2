namespace Fleet.Host.Fleet;

/// <summary>The case-management system a firm uses.</summary>
public enum Vendor
{
    /// <summary>CASEpeer.</summary>
    CasePeer,

    /// <summary>MyCase.</summary>
    MyCase,

    /// <summary>SmartAdvocate.</summary>
    SmartAdvocate,

    /// <summary>Case Xchange.</summary>
    CaseXchange,
}
