namespace Connectors.CaseXchange;

/// <summary>Which Case Xchange to talk to.</summary>
public enum CaseXchangeEnvironment
{
    /// <summary><c>https://api.casexchange.com/api/public/v1</c>.</summary>
    Production,

    /// <summary><c>https://api-uat.casexchange.com/api/public/v1</c> (a separate UAT account).</summary>
    Uat,

    /// <summary>Any other base address, which must then be set explicitly (the sandbox, say).</summary>
    Custom,
}
