using System.Text.Json.Serialization;

using Connectors.SmartAdvocate.Models;
using Connectors.SmartAdvocate.Serialization;

namespace Connectors.SmartAdvocate;

/// <summary>
/// Source-generated JSON for every wire DTO of both SmartAdvocate APIs. Property names are explicit on each DTO
/// (camelCase for CaseSyncAPI, PascalCase for the dialer); reading ignores case and accepts numbers sent as strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(LenientInstantConverter), typeof(DialerLocalDateTimeConverter), typeof(CaseInfoListConverter)])]
[JsonSerializable(typeof(SmartAdvocateAuthenticateRequest))]
[JsonSerializable(typeof(SmartAdvocateAuthenticateResponse))]
[JsonSerializable(typeof(IReadOnlyList<SmartAdvocateCaseInfo>))]
[JsonSerializable(typeof(IReadOnlyList<SmartAdvocateCaseNote>))]
[JsonSerializable(typeof(IReadOnlyList<SmartAdvocateCaseDocument>))]
[JsonSerializable(typeof(SmartAdvocateDocumentsByDateRequest))]
[JsonSerializable(typeof(SmartAdvocateDocumentsPage))]
[JsonSerializable(typeof(SmartAdvocatePageRequest))]
[JsonSerializable(typeof(SmartAdvocateGetCasesToDialRequest))]
[JsonSerializable(typeof(IReadOnlyList<SmartAdvocateDialerCaseRecord>))]
[JsonSerializable(typeof(IReadOnlyList<SmartAdvocateUpdateCaseStatusRecord>))]
[JsonSerializable(typeof(SmartAdvocateUpdateCaseStatusRecord[]))]
[JsonSerializable(typeof(List<SmartAdvocateUpdateCaseStatusRecord>))]
[JsonSerializable(typeof(SmartAdvocateAddCaseNoteRequest))]
[JsonSerializable(typeof(SmartAdvocateAddCaseNoteByPhoneRequest))]
internal sealed partial class SmartAdvocateJsonContext : JsonSerializerContext;
