using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Core.Storage;

/// <summary>
/// Files that hold state worth protecting (tokens, sync progress): written whole or not at all, readable by their owner
/// only, and never mistaken for empty when damaged. A write goes to a temporary file with a unique name in the same
/// folder, created owner-only (0600 on Unix, before a byte is written), flushed to disk, then renamed over the target,
/// so a crash leaves the previous file, concurrent writers never share a temporary, and no reader ever sees half a file.
/// On Windows the file inherits its folder's ACL (a folder under the user's profile is private to the user).
/// </summary>
public static class OwnerOnlyFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// Replaces the file at <paramref name="path"/> with what <paramref name="write"/> writes, atomically and owner-only.
    /// A missing folder is created (owner-only on Unix).
    /// </summary>
    /// <param name="path">The file to replace or create.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <param name="cancellationToken">Cancels before the rename; the previous file is then left as it was.</param>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' names no file in a folder.", nameof(path));
        CreateFolder(directory);

        // Unique per write, so two writers (two stores, two processes) never open each other's temporary.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var stream = new FileStream(temporary, CreateOptions());
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true); // the bytes are on disk before the rename makes them the file
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // nothing there after a successful rename
        }
    }

    /// <summary>
    /// Reads the JSON document in the file at <paramref name="path"/>; null when there is no such file. A file that is not
    /// valid JSON for <typeparamref name="T"/>, holds <c>null</c>, is empty or longer than <paramref name="maxBytes"/> is a
    /// <see cref="ConnectorStateFileException"/> naming the file, never its content.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="typeInfo">The document's JSON metadata.</param>
    /// <param name="what">What the file holds, for messages ("The MyCase token file").</param>
    /// <param name="maxBytes">The longest file accepted.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<T?> ReadJsonAsync<T>(
        string path,
        JsonTypeInfo<T> typeInfo,
        string what,
        long maxBytes,
        CancellationToken cancellationToken)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            if (stream.Length > maxBytes)
            {
                throw Unusable(path, what, $"is longer than {maxBytes} bytes", null);
            }

            T? value;
            try
            {
                value = await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or FormatException or ArgumentException
                or InvalidOperationException or OverflowException)
            {
                // JsonException's message may quote a path into the document, never its values; the inner exception is kept.
                throw Unusable(path, what, "is not valid JSON of the expected shape", e);
            }

            return value ?? throw Unusable(path, what, "holds null", null);
        }
    }

    /// <summary>The exception for a state file that cannot be used, naming the file and never its content.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file holds, for the message.</param>
    /// <param name="problem">What is wrong, without the file's content ("misses the refresh token").</param>
    /// <param name="innerException">The parser's error, if any.</param>
    public static ConnectorStateFileException Unusable(string path, string what, string problem, Exception? innerException) =>
        new(
            path,
            $"{what} '{path}' {problem}: it was not used (nothing was reset). Fix the file, or delete it to start over.",
            innerException);

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite; // set at creation: no moment where the secret is world-readable
        }

        return options;
    }

    private static void CreateFolder(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerFolder); // a folder that exists keeps its mode
        }
    }
}
