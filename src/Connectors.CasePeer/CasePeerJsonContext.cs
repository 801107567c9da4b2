using System.Text.Json.Serialization;

using Connectors.CasePeer.Models;
using Connectors.CasePeer.Serialization;

namespace Connectors.CasePeer;

/// <summary>Source-generated JSON for every CASEpeer wire type (snake_case).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(CasePeerCaseListConverter)])]
[JsonSerializable(typeof(CasePeerCase))]
[JsonSerializable(typeof(CasePeerPage<CasePeerCase>))]
[JsonSerializable(typeof(CasePeerPage<CasePeerNote>))]
[JsonSerializable(typeof(CasePeerPage<CasePeerDocument>))]
[JsonSerializable(typeof(CasePeerNote))]
[JsonSerializable(typeof(CasePeerNoteRequest))]
[JsonSerializable(typeof(CasePeerDocument))]
[JsonSerializable(typeof(CasePeerDocumentRequest))]
[JsonSerializable(typeof(CasePeerError))]
[JsonSerializable(typeof(CasePeerPushedCase))]
[JsonSerializable(typeof(CasePeerInboundMessage))]
internal sealed partial class CasePeerJsonContext : JsonSerializerContext;
