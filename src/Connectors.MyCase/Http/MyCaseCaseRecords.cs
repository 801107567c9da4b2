using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

using Connectors.MyCase.Models;
using Connectors.MyCase.Serialization;

namespace Connectors.MyCase.Http;

/// <summary>
/// One page of <c>GET /v1/cases</c> kept as the bytes MyCase sent, its cases read one at a time as the sync asks for
/// them. A page read into 1000 wire cases at once keeps them all alive while they are mapped (and, read ahead, the next
/// page's too); read one by one, each case dies young. The page is checked whole when it arrives (an array,
/// well-formed), which also finds where each case starts and ends, so a page that cannot be read fails before any of
/// its cases is handed on (and is read again without duplicates), and each case's bytes are then read once, into the
/// fields the mapping reads (<see cref="MyCaseMappedCase"/>). A case that cannot be read becomes a placeholder with the reason, as the
/// tolerant list converter makes it. Not
/// thread-safe; <see cref="Dispose"/> gives the buffers back.
/// </summary>
internal sealed class MyCaseCaseRecords : IDisposable
{
    private static readonly MyCaseMappedCaseConverter Converter = new();

    private PooledBody? _body;
    private int[]? _bounds; // start and end offset of each record, in pairs
    private readonly int _count;
    private int _next;

    private MyCaseCaseRecords(PooledBody? body, int[]? bounds, int count)
    {
        _body = body;
        _bounds = bounds;
        _count = count;
    }

    /// <summary>Checks the page and finds its cases; takes ownership of <paramref name="body"/>.</summary>
    /// <exception cref="JsonException">The body is not a JSON array (or <c>null</c>), or is not well-formed JSON.</exception>
    /// <exception cref="Core.Http.ConnectorResponseFormatException">The page holds more than <paramref name="pageSize"/> cases.</exception>
    public static MyCaseCaseRecords Open(PooledBody body, int pageSize)
    {
        int[]? bounds = null;
        try
        {
            var options = MyCaseJsonContext.Default.Options;
            var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions
            {
                AllowTrailingCommas = options.AllowTrailingCommas,
                CommentHandling = options.ReadCommentHandling,
                MaxDepth = options.MaxDepth,
            });
            if (!reader.Read())
            {
                throw new JsonException("The page is empty.");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                EnsureEnd(ref reader);
                body.Return();
                return new MyCaseCaseRecords(null, null, 0);
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of records, got {reader.TokenType}.");
            }

            bounds = ArrayPool<int>.Shared.Rent(2 * 1024);
            var count = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == pageSize)
                {
                    throw Shared.Paginator.TooLong("GET /v1/cases", pageSize);
                }

                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                if (2 * (count + 1) > bounds.Length)
                {
                    var larger = ArrayPool<int>.Shared.Rent(bounds.Length * 2);
                    bounds.AsSpan(0, 2 * count).CopyTo(larger);
                    ArrayPool<int>.Shared.Return(bounds);
                    bounds = larger;
                }

                bounds[2 * count] = start;
                bounds[(2 * count) + 1] = (int)reader.BytesConsumed;
                count++;
            }

            EnsureEnd(ref reader);
            return new MyCaseCaseRecords(body, bounds, count);
        }
        catch
        {
            body.Return();
            if (bounds is not null)
            {
                ArrayPool<int>.Shared.Return(bounds);
            }

            throw;
        }
    }

    /// <summary>The next case of the page, or false after the last.</summary>
    public bool TryRead([NotNullWhen(true)] out MyCaseMappedCase? item)
    {
        if (_body is not { } body || _bounds is not { } bounds || _next == _count)
        {
            Dispose();
            item = null;
            return false;
        }

        var start = bounds[2 * _next];
        item = Converter.ReadRecord(body.Span[start..bounds[(2 * _next) + 1]], _next);
        _next++;
        return true;
    }

    /// <summary>Gives the buffers back to the pool; the page reads no further case.</summary>
    public void Dispose()
    {
        _body?.Return();
        _body = null;
        if (_bounds is not null)
        {
            ArrayPool<int>.Shared.Return(_bounds);
            _bounds = null;
        }
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Reading past the value throws for anything but whitespace after it.
        if (reader.Read())
        {
            throw new JsonException("The page has content after its array.");
        }
    }
}
