using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Connectors.Shared;

/// <summary>
/// Reads a JSON array of vendor records one record at a time, so that one record the connector cannot read (a wrong
/// type, an invalid date, a null) becomes a placeholder carrying the reason instead of failing the whole page: one bad
/// record never stops the others. A body that is not an array, or JSON that cannot be read at all (truncated, nested
/// past the depth limit), still fails as a whole.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal abstract class TolerantListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
    where T : class
{
    /// <summary>How one record is read (the connector's source-generated type information).</summary>
    protected abstract JsonTypeInfo<T> ItemTypeInfo { get; }

    /// <summary>
    /// The placeholder for a record that could not be read: the connector keeps what identifies it (read with
    /// <see cref="Int64Member"/>) and the reason, so that the record is skipped with that reason downstream.
    /// </summary>
    /// <param name="record">The record as sent (any JSON kind).</param>
    /// <param name="reason">Why it could not be read; names the JSON path, never a value.</param>
    protected abstract T Unreadable(JsonElement record, string reason);

    /// <inheritdoc />
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of records, got {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (TryReadInPlace(ref reader) is { } item)
            {
                items.Add(item);
                continue;
            }

            // Parsing the element fails only for JSON that cannot be read at all: that fails the page, as it must.
            var record = JsonElement.ParseValue(ref reader);
            items.Add(ReadOne(record, items.Count));
        }

        return items;
    }

    /// <summary>
    /// Reads one record from its own bytes (one element of the array, cut out by a connector that walks a page held in
    /// memory), as <see cref="Read"/> reads each: a record that cannot be read becomes the <see cref="Unreadable"/>
    /// placeholder with the reason. The bytes are read once; a reader handed to the serializer would be read twice
    /// (once to find where the record ends).
    /// </summary>
    /// <param name="utf8Record">The record's UTF-8 JSON: one value, well-formed.</param>
    /// <param name="index">The record's position in its page, for the reason.</param>
    /// <exception cref="JsonException">The bytes are not one well-formed JSON value.</exception>
    public T ReadRecord(ReadOnlySpan<byte> utf8Record, int index)
    {
        if (utf8Record.TrimStart(" \t\r\n"u8) is [(byte)'{', ..])
        {
            try
            {
                if (JsonSerializer.Deserialize(utf8Record, ItemTypeInfo) is { } item)
                {
                    return item;
                }
            }
            catch (JsonException)
            {
            }
        }

        var options = ItemTypeInfo.Options;
        var reader = new Utf8JsonReader(utf8Record, new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
            MaxDepth = options.MaxDepth,
        });
        reader.Read();
        return ReadOne(JsonElement.ParseValue(ref reader), index);
    }

    /// <summary>
    /// Reads a JSON array from <paramref name="utf8Json"/> one record at a time, as <see cref="Read"/> does for a whole
    /// list, so an answer of any size is never held at once. JSON that cannot be read at all ends the enumeration with a
    /// <see cref="JsonException"/>, after the records before it were yielded.
    /// </summary>
    /// <param name="utf8Json">The answer's body.</param>
    /// <param name="cancellationToken">Cancels between and during records.</param>
    public async IAsyncEnumerable<T> ReadStreamAsync(
        Stream utf8Json,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var index = 0;
        await foreach (var record in JsonSerializer.DeserializeAsyncEnumerable(
            utf8Json,
            SharedJsonContext.Default.JsonElement,
            cancellationToken).ConfigureAwait(false))
        {
            yield return ReadOne(record, index++);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, ItemTypeInfo);
        }

        writer.WriteEndArray();
    }

    /// <summary>The integer member <paramref name="name"/> of a record (compared without regard to case), or null.</summary>
    protected static long? Int64Member(JsonElement record, string name)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        long? found = null;
        foreach (var property in record.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                // The last occurrence wins, as it does for the serializer; a non-integer leaves the id unknown.
                found = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var id) ? id : null;
            }
        }

        return found;
    }

    // The common case, a readable object, straight from the reader: no copy of the record as a JsonElement. A custom
    // converter is handed the whole array already buffered, so on failure the reader is put back where the record
    // starts and the record is read again as an element, which names the reason.
    private T? TryReadInPlace(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var start = reader;
        try
        {
            if (JsonSerializer.Deserialize(ref reader, ItemTypeInfo) is { } item)
            {
                return item;
            }
        }
        catch (JsonException)
        {
        }

        reader = start;
        return null;
    }

    private T ReadOne(JsonElement record, int index)
    {
        var at = index.ToString(CultureInfo.InvariantCulture);
        if (record.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(record, $"Record {at} of the page is {record.ValueKind}, not an object.");
        }

        try
        {
            return record.Deserialize(ItemTypeInfo) ?? Unreadable(record, $"Record {at} of the page is empty.");
        }
        catch (JsonException ex)
        {
            return Unreadable(
                record,
                $"Record {at} of the page could not be read: the value at '{ex.Path ?? "$"}' has a type or format the connector does not " +
                    "accept.");
        }
    }
}
