namespace Connectors.Core;

/// <summary>Configuration is invalid: options, stage catalog, mappings. Thrown at start-up or when the configuration is built.</summary>
public class ConnectorConfigurationException : ConnectorException
{
    /// <summary>Creates an exception with a message that says what to fix.</summary>
    public ConnectorConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public ConnectorConfigurationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
