namespace Connectors.Core;

/// <summary>
/// The base of every exception the Connectors SDK throws on purpose. Messages never carry credentials, tokens
/// or client personal data.
/// </summary>
public class ConnectorException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public ConnectorException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public ConnectorException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
