namespace Connectors.Core.Http;

/// <summary>
/// The SDK refused an operation before sending any request, because its input breaks a rule the SDK knows
/// (a required field, a transition not allowed, a key tier that cannot write). Every problem is listed.
/// </summary>
public class ConnectorValidationException : ConnectorException
{
    /// <summary>Creates the exception from every problem found.</summary>
    public ConnectorValidationException(string operation, IReadOnlyList<string> problems)
        : base($"{operation} was refused before sending: {string.Join(" ", problems ?? [])}")
    {
        Operation = operation;
        Problems = problems ?? [];
    }

    /// <summary>The operation refused.</summary>
    public string Operation { get; }

    /// <summary>Every problem, in words a user can act on.</summary>
    public IReadOnlyList<string> Problems { get; }
}
