using System.Globalization;
using System.Text.Json;
using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.MyCase.Http;
using Connectors.MyCase.Models;
using Microsoft.Extensions.Options;

namespace Connectors.MyCase.Webhooks;

/// <summary>
/// MyCase webhooks for case and client changes: subscribing (<c>/v1/webhooks/subscriptions</c>), verifying a delivery
/// with the subscription's <c>hmac_key</c>, and turning it into a re-read of the case (a delivery is a hint, never data).
/// </summary>
public sealed class MyCaseWebhooks
{
    /// <summary>The models the connector subscribes to.</summary>
    public static IReadOnlyList<string> Models { get; } = ["case", "client"];

    /// <summary>The actions the connector subscribes to.</summary>
    public static IReadOnlyList<string> Actions { get; } = ["created", "updated", "deleted"];

    private readonly IMyCaseApi _api;
    private readonly MyCaseCaseSource _cases;
    private readonly MyCaseSettings _options;

    /// <summary>Creates the service over the registered client.</summary>
    public MyCaseWebhooks(IMyCaseApi api, MyCaseCaseSource cases, IOptionsMonitor<MyCaseOptions> options)
        : this(api, cases, new MyCaseSettings(options))
    {
    }

    internal MyCaseWebhooks(IMyCaseApi api, MyCaseCaseSource cases, MyCaseSettings options)
    {
        _api = api;
        _cases = cases;
        _options = options;
    }

    /// <summary>
    /// Subscribes <paramref name="callbackUrl"/> to case and client changes. A subscription that already exists for the
    /// same model and URL is kept, not duplicated. Keep each subscription's <c>hmac_key</c> to verify deliveries.
    /// </summary>
    public async Task<IReadOnlyList<MyCaseWebhookSubscription>> SubscribeAsync(Uri callbackUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(callbackUrl);
        var existing = await ListAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<MyCaseWebhookSubscription>();
        foreach (var model in Models)
        {
            if (existing.FirstOrDefault(s => s.Model == model && s.Url == callbackUrl.ToString()) is { } already)
            {
                result.Add(already);
                continue;
            }

            var created = await MyCaseCall.RunAsync(
                "POST /v1/webhooks/subscriptions",
                ct => _api.CreateWebhookSubscriptionAsync(new MyCaseWebhookSubscriptionRequest(model, callbackUrl.ToString(), Actions), ct),
                cancellationToken).ConfigureAwait(false);
            result.Add(created);
        }

        return result;
    }

    /// <summary>The firm's subscriptions (<c>GET /v1/webhooks/subscriptions</c>).</summary>
    public async Task<IReadOnlyList<MyCaseWebhookSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var subscriptions = await MyCaseCall.RunAsync("GET /v1/webhooks/subscriptions", _api.ListWebhookSubscriptionsAsync, cancellationToken).ConfigureAwait(false);

        // A null entry names no subscription: dropped, so the others are still kept and not duplicated.
        return [.. subscriptions.Where(s => s is not null)];
    }

    /// <summary>Cancels a subscription (<c>DELETE /v1/webhooks/subscriptions/{id}</c>).</summary>
    public Task UnsubscribeAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        return MyCaseCall.RunAsync("DELETE /v1/webhooks/subscriptions/{id}", ct => _api.DeleteWebhookSubscriptionAsync(subscriptionId, ct), cancellationToken);
    }

    /// <summary>
    /// Verifies a delivery (the raw body as received, and the signature header's value) and reads what changed. The
    /// nested form <c>{"resource", "action", "resource_body": {"id"}}</c> and a flat <c>{"model"?, "action"?, "id"}</c> are read.
    /// </summary>
    /// <param name="body">The raw request body, byte for byte.</param>
    /// <param name="signature">The value of <see cref="MyCaseWebhookSignatureOptions.SignatureHeaderName"/>.</param>
    /// <param name="hmacKey">The subscription's <c>hmac_key</c>.</param>
    /// <param name="subscribedModel">The subscription's model, for a flat body that does not name one.</param>
    /// <exception cref="ConnectorAuthenticationException">The signature is missing or wrong: drop the delivery.</exception>
    /// <exception cref="ConnectorResponseFormatException">The body names no resource id.</exception>
    public MyCaseWebhookHint ReadDelivery(ReadOnlySpan<byte> body, string? signature, string hmacKey, string? subscribedModel = null)
    {
        if (!MyCaseWebhookSignature.Verify(body, signature, hmacKey, _options.Current.Webhooks.Algorithm))
        {
            throw new ConnectorAuthenticationException("POST webhook delivery", null, "The MyCase webhook delivery's signature is missing or does not match the subscription's hmac_key; the delivery was ignored.");
        }

        return Parse(body, subscribedModel);
    }

    /// <summary>
    /// Re-reads what a delivery hinted at: the case (none when it was deleted), or every case of the client.
    /// </summary>
    public async Task<IReadOnlyList<SourceCase>> ResolveAsync(MyCaseWebhookHint hint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hint);
        var id = hint.Id.ToString(CultureInfo.InvariantCulture);
        switch (hint.Model)
        {
            case "case":
                return await _cases.ReadCaseAsync(id, cancellationToken).ConfigureAwait(false) is { } one ? [one] : [];
            case "client":
                var cases = new List<SourceCase>();
                try
                {
                    await foreach (var item in _cases.ReadClientCasesAsync(hint.Id, cancellationToken).ConfigureAwait(false))
                    {
                        cases.Add(item);
                    }
                }
                catch (ConnectorNotFoundException)
                {
                    // the client was deleted: nothing to re-read
                }

                return cases;
            default:
                return [];
        }
    }

    internal static MyCaseWebhookHint Parse(ReadOnlySpan<byte> body, string? subscribedModel)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var model = Text(root, "resource") ?? Text(root, "model") ?? subscribedModel;
                var action = Text(root, "action");
                var holder = root.TryGetProperty("resource_body", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
                if (model is not null && holder.TryGetProperty("id", out var idElement) && Id(idElement) is { } id)
                {
                    return new MyCaseWebhookHint(model.ToLowerInvariant(), action?.ToLowerInvariant(), id);
                }
            }
        }
        catch (JsonException e)
        {
            throw new ConnectorResponseFormatException("POST webhook delivery", null, "The MyCase webhook delivery is not JSON.", e);
        }
        catch (InvalidOperationException e)
        {
            // A string that is not valid UTF-16 once unescaped (a lone surrogate): the reader refuses to return it.
            throw new ConnectorResponseFormatException("POST webhook delivery", null, "The MyCase webhook delivery holds text that is not valid Unicode.", e);
        }

        throw new ConnectorResponseFormatException("POST webhook delivery", null, "The MyCase webhook delivery names no model and resource id.");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Id(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var n) && n > 0 => n,
        JsonValueKind.String when long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 => s,
        _ => null,
    };
}
