using Refit;

namespace Connectors.SmartAdvocate.Http;

/// <summary>Refit settings shared by every SmartAdvocate client: the source-generated JSON context, no reflection.</summary>
internal static class SmartAdvocateRefit
{
    public static RefitSettings Settings { get; } = new(new SystemTextJsonContentSerializer(SmartAdvocateJsonContext.Default.Options));
}
