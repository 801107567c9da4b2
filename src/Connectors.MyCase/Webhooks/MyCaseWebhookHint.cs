namespace Connectors.MyCase.Webhooks;

/// <summary>
/// What a verified delivery says changed. It is a hint only: the SDK re-reads the resource rather than trust the body.
/// </summary>
/// <param name="Model">The model, lower case: <c>case</c>, <c>client</c>, ...</param>
/// <param name="Action"><c>created</c>, <c>updated</c> or <c>deleted</c>, when the delivery says.</param>
/// <param name="Id">The resource id.</param>
public sealed record MyCaseWebhookHint(string Model, string? Action, long Id);
