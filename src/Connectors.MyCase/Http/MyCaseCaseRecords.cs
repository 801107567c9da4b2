using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Connectors.MyCase.Models;

namespace Connectors.MyCase.Http;

/// <summary>
/// One page of <c>GET /v1/cases</c> kept as the bytes MyCase sent, its cases read one at a time as the sync asks for
/// them. A page read into 1000 wire cases at once keeps them all alive while they are mapped (and, read ahead, the next
/// page's too), so every collection in between promotes them; read one by one, each case dies young. The page is
/// checked whole when it arrives (an array, well-formed), so a page that cannot be read fails before any of its cases
/// is handed on and is read again without duplicates; a case that cannot be read becomes a placeholder with the
/// reason, as the tolerant list converter makes it. Not thread-safe; <see cref="Dispose"/> gives the buffer back.
/// </summary>
internal sealed class MyCaseCaseRecords : IDisposable
{
    private static readonly MyCaseCaseListConverter Converter = new();

    private PooledBody? _body;
    private int _offset;
    private JsonReaderState _state;
    private int _index;

    private MyCaseCaseRecords(PooledBody? body, int offset, JsonReaderState state)
    {
        _body = body;
        _offset = offset;
        _state = state;
    }

    /// <summary>Checks the page and positions on its first case; takes ownership of <paramref name="body"/>.</summary>
    /// <exception cref="JsonException">The body is not a JSON array (or <c>null</c>), or is not well-formed JSON.</exception>
    public static MyCaseCaseRecords Open(PooledBody body)
    {
        try
        {
            var options = ReaderOptions(MyCaseJsonContext.Default.Options);
            var check = new Utf8JsonReader(body.Span, options);
            if (!check.Read())
            {
                throw new JsonException("The page is empty.");
            }

            if (check.TokenType == JsonTokenType.Null)
            {
                EnsureEnd(ref check);
                body.Return();
                return new MyCaseCaseRecords(null, 0, default);
            }

            if (check.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected an array of records, got {check.TokenType}.");
            }

            var afterStart = (int)check.BytesConsumed;
            var state = check.CurrentState;
            check.Skip();
            EnsureEnd(ref check);
            return new MyCaseCaseRecords(body, afterStart, state);
        }
        catch
        {
            body.Return();
            throw;
        }
    }

    /// <summary>The next case of the page, or false after the last.</summary>
    public bool TryRead([NotNullWhen(true)] out MyCaseCase? item)
    {
        item = null;
        if (_body is not { } body)
        {
            return false;
        }

        var reader = new Utf8JsonReader(body.Span[_offset..], isFinalBlock: true, _state);
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            Dispose();
            return false;
        }

        item = Converter.ReadRecord(ref reader, _index++);
        _offset += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    /// <summary>Gives the buffer back to the pool; the page reads no further case.</summary>
    public void Dispose()
    {
        _body?.Return();
        _body = null;
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // Reading past the value throws for anything but whitespace after it.
        if (reader.Read())
        {
            throw new JsonException("The page has content after its array.");
        }
    }

    private static JsonReaderOptions ReaderOptions(JsonSerializerOptions options) => new()
    {
        AllowTrailingCommas = options.AllowTrailingCommas,
        CommentHandling = options.ReadCommentHandling,
        MaxDepth = options.MaxDepth,
    };
}
