using System.Diagnostics;
using System.Text.Json;

using Connectors.Core;
using Connectors.Core.Storage;

using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Keeps the tokens in a JSON file (for samples and single-machine tools), through Core's <see cref="OwnerOnlyFile"/>:
/// every save writes an owner-only temporary file (0600 on Unix) with a unique name, flushes it to disk and renames it
/// over the old one. A save is a compare-and-swap under an exclusive lock on a lock file beside it (<c>.NAME.lock</c>,
/// empty, left in place), so two processes on one file never both win a version. The tokens are live credentials in
/// plain text: keep the file under the user's profile, or implement <see cref="IMyCaseTokenStore"/> over a secret store.
/// A damaged file is a <see cref="ConnectorStateFileException"/>, never read as "not authorized".
/// </summary>
public sealed class FileMyCaseTokenStore : IMyCaseTokenStore, IDisposable
{
    private const string What = "The MyCase token file";

    // A token pair is a few hundred bytes; anything near this is not a token file.
    private const long MaxFileBytes = 64 * 1024;

    // A writer holds the lock for one read and one small write; longer than this, something else holds the file.
    private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(30);

    private readonly string _path;
    private readonly string _lockPath;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a store over <paramref name="path"/> (created on the first save).</summary>
    public FileMyCaseTokenStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
        var full = System.IO.Path.GetFullPath(path);
        _lockPath = System.IO.Path.Combine(
            System.IO.Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' names no file in a folder.", nameof(path)),
            $".{System.IO.Path.GetFileName(full)}.lock");
    }

    /// <summary>Releases the store's lock.</summary>
    public void Dispose() => _gate.Dispose();

    /// <summary>The file's path.</summary>
    public string Path => _path;

    /// <inheritdoc />
    /// <exception cref="ConnectorStateFileException">The file is not a token file (not JSON, <c>null</c>, a token missing).</exception>
    public async ValueTask<MyCaseStoredTokens?> ReadAsync(CancellationToken cancellationToken)
    {
        // No lock: a save renames a whole file over the old one, so a reader sees one or the other.
        var stored = await OwnerOnlyFile.ReadJsonAsync(
            _path,
            MyCaseJsonContext.Default.StoredTokens,
            What,
            MaxFileBytes,
            cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null; // no file: the firm has not authorized yet
        }

        if (string.IsNullOrWhiteSpace(stored.AccessToken) || string.IsNullOrWhiteSpace(stored.RefreshToken))
        {
            throw OwnerOnlyFile.Unusable(_path, What, "misses the access or the refresh token", null);
        }

        var tokens = new MyCaseTokens(
            stored.AccessToken,
            stored.RefreshToken,
            Instant.FromDateTimeOffset(stored.AccessTokenExpiresAt),
            Instant.FromDateTimeOffset(stored.RefreshTokenExpiresAt),
            stored.FirmUuid,
            stored.Scope);
        var claim = stored.ClaimOwner is { } owner && stored.ClaimUntil is { } until
            ? new MyCaseRefreshClaim(owner, Instant.FromDateTimeOffset(until))
            : null;
        return new MyCaseStoredTokens(tokens, Math.Max(stored.Version, 1), claim);
    }

    /// <inheritdoc />
    /// <exception cref="ConnectorStateFileException">The file there now is not a token file.</exception>
    /// <exception cref="IOException">Another process held the lock file for longer than 30 seconds.</exception>
    public async ValueTask<bool> TrySaveAsync(
        MyCaseTokens tokens, MyCaseRefreshClaim? claim, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var stored = new StoredTokens(
            tokens.AccessToken,
            tokens.RefreshToken,
            tokens.AccessTokenExpiresAt.ToDateTimeOffset(),
            tokens.RefreshTokenExpiresAt.ToDateTimeOffset(),
            tokens.FirmUuid,
            tokens.Scope,
            expectedVersion + 1,
            claim?.Owner,
            claim?.Until.ToDateTimeOffset());
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var fileLock = await LockAsync(cancellationToken).ConfigureAwait(false);
            await using (fileLock.ConfigureAwait(false))
            {
                var current = await ReadAsync(cancellationToken).ConfigureAwait(false);
                if ((current?.Version ?? 0) != expectedVersion)
                {
                    return false;
                }

                await OwnerOnlyFile.WriteAsync(
                    _path,
                    (stream, ct) => JsonSerializer.SerializeAsync(stream, stored, MyCaseJsonContext.Default.StoredTokens, ct),
                    cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The lock file, opened exclusively (an advisory lock on Unix, a share lock on Windows), closed to release.</summary>
    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(_lockPath)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var waited = Stopwatch.StartNew();
        var pause = TimeSpan.FromMilliseconds(5);
        while (true)
        {
            try
            {
                return new FileStream(_lockPath, options);
            }
            catch (IOException e) when (e is not DirectoryNotFoundException and not PathTooLongException && waited.Elapsed < LockPatience)
            {
                // Another writer holds it (here or in another process): it is done within milliseconds.
                await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
            }
        }
    }
}
