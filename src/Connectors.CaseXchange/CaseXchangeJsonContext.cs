using System.Text.Json.Serialization;

using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Referrals;

namespace Connectors.CaseXchange;

/// <summary>Source-generated JSON for every Case Xchange wire type (camelCase).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(ReferralStatusJsonConverter)])]
[JsonSerializable(typeof(CxEnvelope<CxFirm>))]
[JsonSerializable(typeof(CxEnvelope<CxSentCase>))]
[JsonSerializable(typeof(CxEnvelope<List<CxSentCase>>))]
[JsonSerializable(typeof(CxEnvelope<CxReceivedReferral>))]
[JsonSerializable(typeof(CxEnvelope<List<CxReceivedReferral>>))]
[JsonSerializable(typeof(CxEnvelope<List<CxNamed>>))]
[JsonSerializable(typeof(CxEnvelope<CxMessageReceipt>))]
[JsonSerializable(typeof(CxErrorEnvelope))]
[JsonSerializable(typeof(CxCreateSentCase))]
[JsonSerializable(typeof(CxReferRequest))]
[JsonSerializable(typeof(CxSendMessage))]
internal sealed partial class CaseXchangeJsonContext : JsonSerializerContext;

