namespace Connectors.Core;

/// <summary>
/// A file the SDK keeps its state in (sync progress, tokens) cannot be used: it is not valid JSON, holds <c>null</c> or
/// misses what it must hold. The SDK never treats such a file as empty (that would silently reset progress or drop a
/// connection): fix or delete the file named by <see cref="FilePath"/>. The message never shows the file's content.
/// </summary>
public class ConnectorStateFileException : ConnectorException
{
    /// <summary>Creates an exception for the file at <paramref name="filePath"/>.</summary>
    /// <param name="filePath">The file's path.</param>
    /// <param name="message">What is wrong and what to do, without the file's content.</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public ConnectorStateFileException(string filePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        FilePath = filePath;
    }

    /// <summary>The file that cannot be used.</summary>
    public string FilePath { get; }
}
