using Connectors.Core.Model;
using Connectors.Core.Validation;

namespace Connectors.CasePeer.Push;

/// <summary>The outcome of a "Connect to Case Status" push: the case to import, or every problem at once.</summary>
/// <param name="Case">The case, connected and eligible; null when there are problems.</param>
/// <param name="Problems">Every problem, each naming its field; empty when the case can be imported.</param>
public sealed record CasePeerPushResult(SourceCase? Case, IReadOnlyList<ValidationProblem> Problems)
{
    /// <summary>True when the case can be imported.</summary>
    public bool IsValid => Case is not null;
}
