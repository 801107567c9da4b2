using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Connectors.CasePeer.Models;
using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.CasePeer.Serialization;

/// <summary>
/// Reads a page's cases one by one: a case that cannot be read keeps its id and the reason, the others are read.
/// </summary>
internal sealed class CasePeerCaseListConverter : TolerantListJsonConverter<CasePeerCase>
{
    protected override JsonTypeInfo<CasePeerCase> ItemTypeInfo => CasePeerJsonContext.Default.CasePeerCase;

    protected override CasePeerCase Unreadable(JsonElement record, string reason) =>
        new(Int64Member(record, "id") ?? 0, null, null, null, false, default, false, false, null, null) { ReadError = reason };
}
