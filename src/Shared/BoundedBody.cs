namespace Connectors.Shared;

/// <summary>
/// The one reader of a small answer held whole (a vendor's error body, a token or sign-in answer): at most a configured
/// number of bytes is ever held, so a huge or endless answer cannot exhaust memory. A body longer than the cap is not read
/// at all (a cut JSON text could not be parsed). Send the request with <see cref="HttpCompletionOption.ResponseHeadersRead"/>,
/// or <see cref="HttpClient"/> buffers the whole body before this sees it.
/// </summary>
internal static class BoundedBody
{
    /// <summary>The default cap of an error body: 64 KiB, far above any vendor's error document.</summary>
    public const int DefaultMaxErrorBodyBytes = 64 * 1024;

    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (by its length or as read).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        maxBytes = Math.Clamp(maxBytes, 0, int.MaxValue - 1);
        if (content.Headers.ContentLength > maxBytes)
        {
            return null;
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // One byte more than the cap tells a body of exactly the cap from a longer one.
            var buffer = new byte[Math.Min(maxBytes + 1, (int?)content.Headers.ContentLength + 1 ?? 4096)];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return null;
                    }

                    Array.Resize(ref buffer, Math.Min(maxBytes + 1, buffer.Length * 2));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > maxBytes)
            {
                return null;
            }

            Array.Resize(ref buffer, length);
            return buffer;
        }
    }
}
