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
[JsonSerializable(typeof(AuthenticateRequest))]
[JsonSerializable(typeof(AuthenticateResponse))]
[JsonSerializable(typeof(IReadOnlyList<CaseInfo>))]
[JsonSerializable(typeof(IReadOnlyList<CaseNote>))]
[JsonSerializable(typeof(IReadOnlyList<CaseDocument>))]
[JsonSerializable(typeof(DocumentsByDateRequest))]
[JsonSerializable(typeof(DocumentsPage))]
[JsonSerializable(typeof(PageRequest))]
[JsonSerializable(typeof(GetCasesToDialRequest))]
[JsonSerializable(typeof(IReadOnlyList<DialerCaseRecord>))]
[JsonSerializable(typeof(IReadOnlyList<UpdateCaseStatusRecord>))]
[JsonSerializable(typeof(UpdateCaseStatusRecord[]))]
[JsonSerializable(typeof(List<UpdateCaseStatusRecord>))]
[JsonSerializable(typeof(AddCaseNoteRequest))]
[JsonSerializable(typeof(AddCaseNoteByPhoneRequest))]
internal sealed partial class SmartAdvocateJsonContext : JsonSerializerContext;
