using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Http;

namespace Connectors.Sandbox;

/// <summary>
/// A 200 answer whose body is a JSON array written item by item to the response: each item's node is built, written
/// and dropped, so a 1000-record page never exists as one tree or one string. The bytes are those
/// <see cref="JsonNode.ToJsonString"/> of the whole array would give (default options); the answer is sent chunked.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class JsonArrayResult<T>(IReadOnlyList<T> items, Func<T, JsonNode> toJson) : IResult
{
    // Writes reach the socket in pieces of about this size rather than one page at the end.
    private const int FlushThreshold = 32 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(response.Body);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                toJson(item).WriteTo(writer);
                if (writer.BytesPending >= FlushThreshold)
                {
                    await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
