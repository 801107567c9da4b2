namespace Connectors.MyCase.Models;

/// <summary>A webhook subscription (OpenAPI <c>WebhookResponse</c>). <see cref="HmacKey"/> is a secret.</summary>
public sealed record MyCaseWebhookSubscription
{
    /// <summary>The subscription id (a string, unlike other MyCase ids).</summary>
    public string? Id { get; init; }

    /// <summary>The model: <c>case</c>, <c>client</c>, <c>company</c>, <c>event</c>, <c>lead</c> or <c>message</c>.</summary>
    public string? Model { get; init; }

    /// <summary>Where deliveries go.</summary>
    public string? Url { get; init; }

    /// <summary>Any of <c>created</c>, <c>updated</c>, <c>deleted</c>.</summary>
    public IReadOnlyList<string>? Actions { get; init; }

    /// <summary>The shared secret deliveries are signed with. Never logged.</summary>
    public string? HmacKey { get; init; }

    /// <summary>Never prints the key.</summary>
    public override string ToString() =>
        $"MyCaseWebhookSubscription {{ Id = {Id}, Model = {Model}, HmacKey = {Shared.SecretRedactor.Redacted} }}";
}
