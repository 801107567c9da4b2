using System.Text.Json;
using System.Text.Json.Serialization;

using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate.Serialization;

/// <summary>Reads both shapes of a documents page: a bare array, or <c>{"documents":[...],"pageRequest":{...}}</c>.</summary>
internal sealed class DocumentsPageConverter : JsonConverter<SmartAdvocateDocumentsPage>
{
    public override SmartAdvocateDocumentsPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var context = SmartAdvocateJsonContext.Default;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return new SmartAdvocateDocumentsPage
                {
                    Documents = JsonSerializer.Deserialize(ref reader,
                    context.IReadOnlyListSmartAdvocateCaseDocument) ?? []
                };
            case JsonTokenType.StartObject:
                IReadOnlyList<SmartAdvocateCaseDocument>? documents = null;
                SmartAdvocatePageRequest? page = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString();
                    reader.Read();
                    if (string.Equals(name, "documents", StringComparison.OrdinalIgnoreCase))
                    {
                        documents = JsonSerializer.Deserialize(ref reader, context.IReadOnlyListSmartAdvocateCaseDocument);
                    }
                    else if (string.Equals(name, "pageRequest", StringComparison.OrdinalIgnoreCase))
                    {
                        page = JsonSerializer.Deserialize(ref reader, context.SmartAdvocatePageRequest);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return new SmartAdvocateDocumentsPage { Documents = documents ?? [], PageInfo = page };
            default:
                throw new JsonException($"Expected an array or an object of documents, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, SmartAdvocateDocumentsPage value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("documents");
        JsonSerializer.Serialize(writer, value.Documents, SmartAdvocateJsonContext.Default.IReadOnlyListSmartAdvocateCaseDocument);
        if (value.PageInfo is not null)
        {
            writer.WritePropertyName("pageRequest");
            JsonSerializer.Serialize(writer, value.PageInfo, SmartAdvocateJsonContext.Default.SmartAdvocatePageRequest);
        }

        writer.WriteEndObject();
    }
}
