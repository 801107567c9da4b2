using System.Text.Json.Serialization;

using Connectors.MyCase.Models;
using Connectors.MyCase.Serialization;

namespace Connectors.MyCase;

/// <summary>Source-generated JSON for every MyCase wire type (snake_case, as MyCase spells its fields).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(MyCaseCaseListConverter)])]
[JsonSerializable(typeof(MyCaseCase))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseCase>))]
[JsonSerializable(typeof(MyCaseMappedCase))]
[JsonSerializable(typeof(MyCaseClient))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseClient>))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseStaff>))]
[JsonSerializable(typeof(MyCaseStaff))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseNamedItem>))]
[JsonSerializable(typeof(MyCaseDocument))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseDocument>))]
[JsonSerializable(typeof(MyCaseDocumentRequest))]
[JsonSerializable(typeof(MyCaseDocumentVersion))]
[JsonSerializable(typeof(MyCaseWebhookSubscription))]
[JsonSerializable(typeof(IReadOnlyList<MyCaseWebhookSubscription>))]
[JsonSerializable(typeof(MyCaseWebhookSubscriptionRequest))]
[JsonSerializable(typeof(MyCaseFirm))]
[JsonSerializable(typeof(MyCaseErrorBody))]
[JsonSerializable(typeof(MyCaseTokenResponse))]
[JsonSerializable(typeof(MyCaseTokenRequest))]
[JsonSerializable(typeof(MyCaseOAuthError))]
[JsonSerializable(typeof(Authentication.StoredTokens))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class MyCaseJsonContext : JsonSerializerContext;
