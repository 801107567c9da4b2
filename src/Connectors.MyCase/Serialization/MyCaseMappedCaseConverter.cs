using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

using Connectors.Shared;

namespace Connectors.MyCase.Serialization;

/// <summary>As <see cref="MyCaseCaseListConverter"/>, for the sync's page records (<see cref="MyCaseMappedCase"/>).</summary>
internal sealed class MyCaseMappedCaseConverter : TolerantListJsonConverter<MyCaseMappedCase>
{
    protected override JsonTypeInfo<MyCaseMappedCase> ItemTypeInfo => MyCaseJsonContext.Default.MyCaseMappedCase;

    protected override MyCaseMappedCase Unreadable(JsonElement record, string reason) =>
        new() { Id = Int64Member(record, "id") ?? 0, ReadError = reason };
}
