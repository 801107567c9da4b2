using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Connectors.Core.Http;
using Connectors.Shared;
using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate.Serialization;

/// <summary>Reads CaseInfo's cases one by one: a case that cannot be read keeps its id and the reason, the others are read.</summary>
internal sealed class CaseInfoListConverter : TolerantListJsonConverter<SmartAdvocateCaseInfo>
{
    protected override JsonTypeInfo<SmartAdvocateCaseInfo> ItemTypeInfo => SmartAdvocateJsonContext.Default.SmartAdvocateCaseInfo;

    protected override SmartAdvocateCaseInfo Unreadable(JsonElement record, string reason) =>
        new() { CaseId = Int64Member(record, "caseID") ?? 0, ReadError = reason };
}
