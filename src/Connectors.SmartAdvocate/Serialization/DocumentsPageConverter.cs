using System.Text.Json;
using System.Text.Json.Serialization;

using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate.Serialization;

/// <summary>Reads both shapes of a documents page: a bare array, or <c>{"documents":[...],"pageRequest":{...}}</c>.</summary>
internal sealed class DocumentsPageConverter : JsonConverter<DocumentsPage>
{
    public override DocumentsPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = SmartAdvocateJsonContext.Default;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return new DocumentsPage { Documents = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListCaseDocument) ?? [] };
            case JsonTokenType.StartObject:
                IReadOnlyList<CaseDocument>? documents = null;
                PageRequest? page = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (string.Equals(name, "documents", StringComparison.OrdinalIgnoreCase))
                    {
                        documents = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListCaseDocument);
                    }
                    else if (string.Equals(name, "pageRequest", StringComparison.OrdinalIgnoreCase))
                    {
                        page = JsonSerializer.Deserialize(ref reader, context.PageRequest);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return new DocumentsPage { Documents = documents ?? [], PageInfo = page };
            default:
                throw new JsonException($"Expected an array or an object of documents, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DocumentsPage value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("documents");
        JsonSerializer.Serialize(writer, value.Documents, SmartAdvocateJsonContext.Default.IReadOnlyListCaseDocument);
        if (value.PageInfo is not null)
        {
            writer.WritePropertyName("pageRequest");
            JsonSerializer.Serialize(writer, value.PageInfo, SmartAdvocateJsonContext.Default.PageRequest);
        }

        writer.WriteEndObject();
    }
}
