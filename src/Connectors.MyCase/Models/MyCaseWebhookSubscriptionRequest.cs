namespace Connectors.MyCase.Models;

/// <summary>The body of <c>POST /v1/webhooks/subscriptions</c> (OpenAPI <c>WebhookRequest</c>).</summary>
/// <param name="Model">The model to receive updates for.</param>
/// <param name="Url">Where deliveries go.</param>
/// <param name="Actions">Any of <c>created</c>, <c>updated</c>, <c>deleted</c>.</param>
public sealed record MyCaseWebhookSubscriptionRequest(string Model, string Url, IReadOnlyList<string> Actions);
