using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Connectors.Core.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

namespace Connectors.MyCase.Serialization;

/// <summary>Reads a page's cases one by one: a case that cannot be read keeps its id and the reason, the others are read.</summary>
internal sealed class MyCaseCaseListConverter : TolerantListJsonConverter<MyCaseCase>
{
    protected override JsonTypeInfo<MyCaseCase> ItemTypeInfo => MyCaseJsonContext.Default.MyCaseCase;

    protected override MyCaseCase Unreadable(JsonElement record, string reason) =>
        new() { Id = Int64Member(record, "id") ?? 0, ReadError = reason };
}
