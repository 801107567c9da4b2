namespace Connectors.Sandbox.CaseXchange;

/// <summary>A firm of the emulated Case Xchange network: its id is what a client under test refers a case to.</summary>
/// <param name="Id">The firm's id.</param>
/// <param name="Name">The firm's name.</param>
public sealed record CaseXchangeSandboxFirm(string Id, string Name);
