using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public sealed partial class TolerantListJsonConverterTests
{
    private const string Page = """[{"id": 1, "name": "a"}, {"id": 2, "name": 3}, null, 4, {"id": "x"}, {"id": 6}]""";

    private static readonly ItemListConverter Converter = new();

    [Fact]
    public void A_record_read_from_its_own_bytes_is_read_as_the_list_reads_it()
    {
        var listed = JsonSerializer.Deserialize(Page, TestJsonContext.Default.IReadOnlyListItem)!;

        using var page = JsonDocument.Parse(Page);
        var one = page.RootElement.EnumerateArray()
            .Select((record, index) => Converter.ReadRecord(Encoding.UTF8.GetBytes(record.GetRawText()), index))
            .ToList();

        Assert.Equal(listed, one);
        Assert.Equal([1, 2, 0, 0, 0, 6], one.Select(i => i.Id));
        Assert.Equal([null, "$.name", "Null", "Number", "$.id", null], one.Select(Reason));
    }

    [Fact]
    public void A_record_whose_bytes_are_not_one_json_value_fails()
    {
        Assert.ThrowsAny<JsonException>(() => Converter.ReadRecord("""{"id": 1"""u8, 0));
    }

    // The part of the reason that says what went wrong: the JSON path, or the kind that is not an object.
    private static string? Reason(Item item) =>
        item.ReadError is not { } reason ? null
        : reason.Contains("'$", StringComparison.Ordinal) ? reason.Split('\'')[1]
        : reason.Split(' ')[^4].TrimEnd(',');

    internal sealed record Item(long Id, string? Name)
    {
        [JsonIgnore]
        public string? ReadError { get; init; }
    }

    private sealed class ItemListConverter : TolerantListJsonConverter<Item>
    {
        protected override JsonTypeInfo<Item> ItemTypeInfo => TestJsonContext.Default.Item;

        protected override Item Unreadable(JsonElement record, string reason) =>
            new(Int64Member(record, "id") ?? 0, null) { ReadError = reason };
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, Converters = [typeof(ItemListConverter)])]
    [JsonSerializable(typeof(IReadOnlyList<Item>))]
    [JsonSerializable(typeof(Item))]
    internal sealed partial class TestJsonContext : JsonSerializerContext;
}
