using System.Text.Json;

using Connectors.Core;
using Connectors.Core.Storage;

using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Keeps the tokens in a JSON file (for samples and single-machine tools), through Core's <see cref="OwnerOnlyFile"/>:
/// every save writes an owner-only temporary file (0600 on Unix) with a unique name, flushes it to disk and renames it
/// over the old one. The tokens are live credentials in plain text: keep the file under the user's profile, or implement
/// <see cref="IMyCaseTokenStore"/> over a secret store. A damaged file is a <see cref="ConnectorStateFileException"/>,
/// never read as "not authorized".
/// </summary>
public sealed class FileMyCaseTokenStore : IMyCaseTokenStore, IDisposable
{
    private const string What = "The MyCase token file";

    // A token pair is a few hundred bytes; anything near this is not a token file.
    private const long MaxFileBytes = 64 * 1024;

    private readonly string _path;
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates a store over <paramref name="path"/> (created on the first save).</summary>
    public FileMyCaseTokenStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
    }

    /// <summary>Releases the store's lock.</summary>
    public void Dispose() => _gate.Dispose();

    /// <summary>The file's path.</summary>
    public string Path => _path;

    /// <inheritdoc />
    /// <exception cref="ConnectorStateFileException">The file is not a token file (not JSON, <c>null</c>, a token missing).</exception>
    public async ValueTask<MyCaseTokens?> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
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

            return new MyCaseTokens(
                stored.AccessToken,
                stored.RefreshToken,
                Instant.FromDateTimeOffset(stored.AccessTokenExpiresAt),
                Instant.FromDateTimeOffset(stored.RefreshTokenExpiresAt),
                stored.FirmUuid,
                stored.Scope);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask SaveAsync(MyCaseTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var stored = new StoredTokens(
            tokens.AccessToken,
            tokens.RefreshToken,
            tokens.AccessTokenExpiresAt.ToDateTimeOffset(),
            tokens.RefreshTokenExpiresAt.ToDateTimeOffset(),
            tokens.FirmUuid,
            tokens.Scope);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OwnerOnlyFile.WriteAsync(
                _path,
                (stream, ct) => JsonSerializer.SerializeAsync(stream, stored, MyCaseJsonContext.Default.StoredTokens, ct),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
