using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

using Connectors.Core.Http;
using Connectors.Core.Model;
using Connectors.MyCase.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

using Microsoft.Extensions.Options;

using NodaTime;

namespace Connectors.MyCase.Webhooks;

/// <summary>
/// MyCase webhooks for case and client changes: subscribing (<c>/v1/webhooks/subscriptions</c>), verifying a delivery
/// with the subscription's <c>hmac_key</c>, and turning it into a re-read of the case (a delivery is a hint, never data).
/// A delivery seen again within <see cref="MyCaseWebhookSignatureOptions.ReplayWindow"/> is answered and not acted on,
/// and one delivery reads at most <see cref="MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery"/> cases.
/// </summary>
public sealed class MyCaseWebhooks
{
    /// <summary>The models the connector subscribes to.</summary>
    public static IReadOnlyList<string> Models { get; } = ["case", "client"];

    /// <summary>The actions the connector subscribes to.</summary>
    public static IReadOnlyList<string> Actions { get; } = ["created", "updated", "deleted"];

    // Subscriptions are set up once, at start: three attempts, as a read gets, without an option of their own.
    private const int WriteAttempts = 3;

    private readonly IMyCaseApi _api;
    private readonly MyCaseCaseSource _cases;
    private readonly MyCaseSettings _options;
    private readonly IClock _clock;
    private readonly MyCaseDeliveryLog _deliveries = new();

    // The delivery each hint ReadDelivery returned came from, so that ResolveAsync knows a repeat (no change to the hint).
    private readonly ConditionalWeakTable<MyCaseWebhookHint, string> _deliveryOf = [];

    /// <summary>Creates the service over the registered client, with the system clock.</summary>
    public MyCaseWebhooks(IMyCaseApi api, MyCaseCaseSource cases, IOptionsMonitor<MyCaseOptions> options)
        : this(api, cases, new MyCaseSettings(options), SystemClock.Instance)
    {
    }

    /// <summary>Creates the service over the registered client; <paramref name="clock"/> times the replay window.</summary>
    public MyCaseWebhooks(IMyCaseApi api, MyCaseCaseSource cases, IOptionsMonitor<MyCaseOptions> options, IClock clock)
        : this(api, cases, new MyCaseSettings(options), clock)
    {
    }

    internal MyCaseWebhooks(IMyCaseApi api, MyCaseCaseSource cases, MyCaseSettings options, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        _api = api;
        _cases = cases;
        _options = options;
        _clock = clock;
    }

    /// <summary>
    /// Subscribes <paramref name="callbackUrl"/> to case and client changes. A subscription that already exists for the
    /// same model and URL is kept, not duplicated. Keep each subscription's <c>hmac_key</c> to verify deliveries.
    /// </summary>
    public async Task<IReadOnlyList<MyCaseWebhookSubscription>> SubscribeAsync(
        Uri callbackUrl,
        CancellationToken cancellationToken = default)
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

            result.Add(await CreateAsync(model, callbackUrl.ToString(), cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    /// <summary>The firm's subscriptions (<c>GET /v1/webhooks/subscriptions</c>).</summary>
    public async Task<IReadOnlyList<MyCaseWebhookSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var subscriptions = await MyCaseCall.RunAsync(
            "GET /v1/webhooks/subscriptions",
            _api.ListWebhookSubscriptionsAsync,
            cancellationToken).ConfigureAwait(false);

        // A null entry names no subscription: dropped, so the others are still kept and not duplicated.
        return [.. subscriptions.Where(s => s is not null)];
    }

    /// <summary>Cancels a subscription (<c>DELETE /v1/webhooks/subscriptions/{id}</c>).</summary>
    /// <remarks>A cancellation whose answer was lost is told by the list: done when the subscription is no longer there.</remarks>
    public async Task UnsubscribeAsync(string subscriptionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriptionId);
        const string Endpoint = "DELETE /v1/webhooks/subscriptions/{id}";
        await RepeatableWrite.SendAsync(
            new SafeWrite<bool>
            {
                Operation = Endpoint,
                Send = async ct =>
                {
                    await MyCaseCall.RunAsync(
                        Endpoint,
                        c => _api.DeleteWebhookSubscriptionAsync(subscriptionId, c),
                        ct).ConfigureAwait(false);
                    return true;
                },
                Attempts = WriteAttempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                FindApplied = async ct =>
                    (await RepeatableRead.RunAsync(ListAsync, ct).ConfigureAwait(false)).All(s => s.Id != subscriptionId),
                Recovery = $"Subscription {subscriptionId} is cancelled once ListAsync no longer shows it; calling UnsubscribeAsync " +
                    "again is safe.",
            },
            cancellationToken).ConfigureAwait(false);
    }

    // A subscription has a natural key, its model and URL: a create whose answer was lost is looked for on the list
    // before it is sent again, so a firm never gets two subscriptions (and two deliveries) for one model.
    private Task<MyCaseWebhookSubscription> CreateAsync(string model, string url, CancellationToken cancellationToken)
    {
        const string Endpoint = "POST /v1/webhooks/subscriptions";
        var request = new MyCaseWebhookSubscriptionRequest(model, url, Actions);
        return RepeatableWrite.SendAsync(
            new SafeWrite<MyCaseWebhookSubscription>
            {
                Operation = Endpoint,
                Send = ct => MyCaseCall.RunAsync(Endpoint, c => _api.CreateWebhookSubscriptionAsync(request, c), ct),
                Attempts = WriteAttempts,
                RetryBaseDelay = _options.Current.RetryBaseDelay,
                FindApplied = async ct => (await RepeatableRead.RunAsync(ListAsync, ct).ConfigureAwait(false))
                    .FirstOrDefault(s => s.Model == model && s.Url == url),
                Recovery = $"Look for a {model} subscription to the callback URL with ListAsync; calling SubscribeAsync again is safe " +
                    "(it looks first).",
            },
            cancellationToken);
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
        var hint = Verified(body, signature, hmacKey, subscribedModel);
        _deliveryOf.AddOrUpdate(hint, SignedBodyKey(body, hmacKey));
        return hint;
    }

    /// <summary>
    /// Handles one delivery in full: verifies it, answers a repeat (the same <paramref name="deliveryId"/>, or the same
    /// signed body, within <see cref="MyCaseWebhookSignatureOptions.ReplayWindow"/>) without reading anything, and
    /// otherwise reads again what it hints at, at most <see cref="MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery"/>
    /// cases. Answer MyCase with success whenever this returns. A delivery whose reads failed is not remembered, so
    /// MyCase's retry of it is acted on.
    /// </summary>
    /// <param name="body">The raw request body, byte for byte.</param>
    /// <param name="signature">The value of <see cref="MyCaseWebhookSignatureOptions.SignatureHeaderName"/>.</param>
    /// <param name="hmacKey">The subscription's <c>hmac_key</c>.</param>
    /// <param name="subscribedModel">The subscription's model, for a flat body that does not name one.</param>
    /// <param name="deliveryId">The delivery's own id, when the host has one (a header); the signed body otherwise.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <exception cref="ConnectorAuthenticationException">The signature is missing or wrong: drop the delivery.</exception>
    /// <exception cref="ConnectorResponseFormatException">The body names no resource id.</exception>
    public async Task<MyCaseWebhookReceipt> ReceiveAsync(
        ReadOnlyMemory<byte> body,
        string? signature,
        string hmacKey,
        string? subscribedModel = null,
        string? deliveryId = null,
        CancellationToken cancellationToken = default)
    {
        var hint = Verified(body.Span, signature, hmacKey, subscribedModel);
        var key = string.IsNullOrWhiteSpace(deliveryId) ? SignedBodyKey(body.Span, hmacKey) : "id:" + deliveryId;
        return await ResolveOnceAsync(hint, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Re-reads what a delivery hinted at: the case (none when it was deleted), or the client's cases, at most
    /// <see cref="MyCaseWebhookSignatureOptions.MaxCaseReadsPerDelivery"/> of them (<see cref="ReceiveAsync"/> reports the
    /// rest). For a hint <see cref="ReadDelivery"/> returned, a delivery already acted on within
    /// <see cref="MyCaseWebhookSignatureOptions.ReplayWindow"/> gives no case and no read.
    /// </summary>
    public async Task<IReadOnlyList<SourceCase>> ResolveAsync(MyCaseWebhookHint hint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hint);
        var receipt = _deliveryOf.TryGetValue(hint, out var key)
            ? await ResolveOnceAsync(hint, key, cancellationToken).ConfigureAwait(false)
            : await ReadAsync(hint, cancellationToken).ConfigureAwait(false);
        return receipt.Cases;
    }

    // Key by the HMAC of the body under the subscription's key: the same signed body is the same delivery, whichever way
    // its signature was written (hex or base64, with or without a prefix).
    private string SignedBodyKey(ReadOnlySpan<byte> body, string hmacKey) =>
        "sig:" + MyCaseWebhookSignature.Compute(body, hmacKey, _options.Current.Webhooks.Algorithm);

    private MyCaseWebhookHint Verified(ReadOnlySpan<byte> body, string? signature, string hmacKey, string? subscribedModel)
    {
        if (!MyCaseWebhookSignature.Verify(body, signature, hmacKey, _options.Current.Webhooks.Algorithm))
        {
            throw new ConnectorAuthenticationException("POST webhook delivery", null, "The MyCase webhook delivery's signature is " +
                "missing or does not match the subscription's hmac_key; the delivery was ignored.");
        }

        return Parse(body, subscribedModel);
    }

    private async Task<MyCaseWebhookReceipt> ResolveOnceAsync(MyCaseWebhookHint hint, string key, CancellationToken cancellationToken)
    {
        var settings = _options.Current.Webhooks;
        var now = _clock.GetCurrentInstant();
        if (!_deliveries.TryBegin(key, now, Duration.FromTimeSpan(settings.ReplayWindow), settings.ReplayCapacity))
        {
            return new MyCaseWebhookReceipt(hint, Repeated: true, [], 0, null);
        }

        try
        {
            return await ReadAsync(hint, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _deliveries.Abandon(key, now); // not acted on: MyCase's retry must be
            throw;
        }
    }

    private async Task<MyCaseWebhookReceipt> ReadAsync(MyCaseWebhookHint hint, CancellationToken cancellationToken)
    {
        switch (hint.Model)
        {
            case "case":
                var one = await _cases.ReadCaseAsync(
                    hint.Id.ToString(CultureInfo.InvariantCulture),
                    cancellationToken).ConfigureAwait(false);
                return new MyCaseWebhookReceipt(hint, Repeated: false, one is null ? [] : [one], 0, null);
            case "client":
                try
                {
                    return await ReadClientCasesAsync(hint, cancellationToken).ConfigureAwait(false);
                }
                catch (ConnectorNotFoundException)
                {
                    return new MyCaseWebhookReceipt(hint, Repeated: false, [], 0, null); // the client was deleted: nothing to re-read
                }

            default:
                return new MyCaseWebhookReceipt(hint, Repeated: false, [], 0, null);
        }
    }

    // Lists the client's cases only as far as the cap (plus one to know there are more) and reads each listed one again.
    private async Task<MyCaseWebhookReceipt> ReadClientCasesAsync(MyCaseWebhookHint hint, CancellationToken cancellationToken)
    {
        var cap = _options.Current.Webhooks.MaxCaseReadsPerDelivery;
        long total = -1;
        var ids = new List<long>();
        var cases = new List<SourceCase>();
        var more = false;
        var listed = MyCasePaging.ReadAllAsync(
            "GET /v1/clients/{id}/cases",
            (token, ct) => _api.ListClientCasesAsync(hint.Id, token, ct),
            count => Interlocked.Exchange(ref total, count ?? -1),
            cancellationToken);
        var taken = 0; // listed entries handled; an unreadable one counts too, so the listing itself stays bounded
        await foreach (var item in listed.ConfigureAwait(false))
        {
            if (taken == cap)
            {
                more = true;
                break;
            }

            taken++;
            if (item.Id <= 0)
            {
                // Costs no read: handed on to be skipped with its reason.
                cases.Add(MyCaseMapper.Unreadable(item.Id, item.ReadError ?? "The client's case list named a case without a usable id."));
                continue;
            }

            ids.Add(item.Id);
        }

        foreach (var id in ids)
        {
            if (await _cases.ReadCaseAsync(
                id.ToString(CultureInfo.InvariantCulture),
                cancellationToken).ConfigureAwait(false) is { } mapped)
            {
                cases.Add(mapped);
            }
        }

        var known = Interlocked.Read(ref total);
        var notRead = !more ? 0 : known > taken ? known - taken : 1;
        return new MyCaseWebhookReceipt(
            hint,
            Repeated: false,
            cases,
            notRead,
            notRead == 0
                ? null
                : $"The client has more cases than one delivery may read (MyCase:Webhooks:MaxCaseReadsPerDelivery = {cap}); " +
                    $"{(known > taken ? notRead.ToString(CultureInfo.InvariantCulture) : "at least one")} more are left to the next sync.");
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
                var holder = root.TryGetProperty("resource_body", out var nested) && nested.ValueKind == JsonValueKind.Object
                    ? nested
                    : root;
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
            throw new ConnectorResponseFormatException(
                "POST webhook delivery",
                null,
                "The MyCase webhook delivery holds text that is not valid Unicode.",
                e);
        }

        throw new ConnectorResponseFormatException(
            "POST webhook delivery",
            null,
            "The MyCase webhook delivery names no model and resource id.");
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Id(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var n) && n > 0 => n,
        JsonValueKind.String
            when long.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 => s,
        _ => null,
    };
}
