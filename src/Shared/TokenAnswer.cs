using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Connectors.Core.Http;

namespace Connectors.Shared;

/// <summary>
/// An authorization server's successful answer, once <see cref="BoundedBody"/> has held it: refused when it was over the
/// cap or is not the JSON expected, and its token refused when missing or unfit for the <c>Authorization</c> header (where
/// it arrives, not later as a <see cref="FormatException"/>). The messages never show a token.
/// </summary>
/// <param name="Endpoint">The token endpoint, as exceptions name it.</param>
/// <param name="Status">The answer's status.</param>
/// <param name="MaxBytes">The cap the body was read with.</param>
/// <param name="MaxBytesSetting">The setting that holds the cap (<c>Vendor:TokenResponseMaxBytes</c>).</param>
/// <param name="Hint">What the user does next, appended to the refusals (may be empty).</param>
internal sealed record TokenAnswer(string Endpoint, HttpStatusCode Status, int MaxBytes, string MaxBytesSetting, string Hint)
{
    /// <summary>The answer's JSON; <paramref name="bytes"/> is null when the body was longer than the cap.</summary>
    public T? Parse<T>(byte[]? bytes, JsonTypeInfo<T> type)
    {
        if (bytes is null)
        {
            throw new ConnectorResponseFormatException(Endpoint, Status,
                $"{Endpoint} answered with more than {MaxBytes} bytes ({MaxBytesSetting}); a token answer is far smaller, "
                + $"so it was not read.{Then}");
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException e)
        {
            throw new ConnectorResponseFormatException(
                Endpoint, Status, $"{Endpoint} answered with JSON the SDK could not read.", ScrubbedInner.Of(e));
        }
    }

    /// <summary>The token, when it is there and fits the <c>Authorization</c> header.</summary>
    public string Require(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new ConnectorAuthenticationException(Endpoint, Status, $"{Endpoint} answered without a token.{Then}");
        }

        if (!BearerTokenText.FitsAuthorizationHeader(token))
        {
            throw new ConnectorAuthenticationException(Endpoint, Status,
                $"{Endpoint} answered with a token that is not a bearer token (it holds spaces, control or non-ASCII characters).{Then}");
        }

        return token;
    }

    private string Then => Hint.Length == 0 ? string.Empty : $" {Hint}";
}
