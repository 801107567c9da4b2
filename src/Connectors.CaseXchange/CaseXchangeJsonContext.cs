using System.Text.Json.Serialization;

using Connectors.CaseXchange.Models;
using Connectors.CaseXchange.Serialization;

namespace Connectors.CaseXchange;

/// <summary>Source-generated JSON for every Case Xchange wire type (camelCase).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(ReferralStatusJsonConverter)])]
[JsonSerializable(typeof(CaseXchangeEnvelope<CaseXchangeFirm>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<CaseXchangeSentCase>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<List<CaseXchangeSentCase>>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<CaseXchangeReceivedReferral>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<List<CaseXchangeReceivedReferral>>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<List<CaseXchangeNamed>>))]
[JsonSerializable(typeof(CaseXchangeEnvelope<CaseXchangeMessageReceipt>))]
[JsonSerializable(typeof(CaseXchangeErrorEnvelope))]
[JsonSerializable(typeof(CaseXchangeCreateSentCase))]
[JsonSerializable(typeof(CaseXchangeReferRequest))]
[JsonSerializable(typeof(CaseXchangeSendMessage))]
[JsonSerializable(typeof(CaseXchangeEnvelope<CaseXchangeReReferral>))]
[JsonSerializable(typeof(CaseXchangeReReferRequest))]
internal sealed partial class CaseXchangeJsonContext : JsonSerializerContext;

