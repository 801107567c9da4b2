using System.Text.Json;
using NodaTime;

namespace Connectors.MyCase.Authentication;

/// <summary>
/// Keeps the tokens in a JSON file, replaced atomically on every save (for samples and single-machine tools). The file
/// holds live credentials in plain text: protect it, or implement <see cref="IMyCaseTokenStore"/> over a secret store.
/// </summary>
public sealed class FileMyCaseTokenStore : IMyCaseTokenStore, IDisposable
{
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
    public async ValueTask<MyCaseTokens?> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!File.Exists(_path))
            {
                return null;
            }

            var stream = File.OpenRead(_path);
            await using (stream.ConfigureAwait(false))
            {
                var stored = await JsonSerializer.DeserializeAsync(stream, MyCaseJsonContext.Default.StoredTokens, cancellationToken).ConfigureAwait(false);
                return stored is null
                    ? null
                    : new MyCaseTokens(
                        stored.AccessToken,
                        stored.RefreshToken,
                        Instant.FromDateTimeOffset(stored.AccessTokenExpiresAt),
                        Instant.FromDateTimeOffset(stored.RefreshTokenExpiresAt),
                        stored.FirmUuid,
                        stored.Scope);
            }
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
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(_path));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            var temporary = _path + ".tmp";
            var stream = File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, stored, MyCaseJsonContext.Default.StoredTokens, cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, _path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }
}
