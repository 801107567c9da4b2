using Connectors.Core.Model;

namespace Connectors.CasePeer.Messages;

/// <summary>A message on the platform for a case. The text is client communication: never logged.</summary>
/// <param name="MessageId">The platform's message id: the natural key that makes sending it safe to repeat.</param>
/// <param name="Case">The case.</param>
/// <param name="Text">The message text.</param>
public sealed record PlatformMessage(string MessageId, CaseKey Case, string Text)
{
    /// <summary>Prints ids only.</summary>
    public override string ToString() => $"PlatformMessage {{ MessageId = {MessageId}, Case = {Case} }}";
}
