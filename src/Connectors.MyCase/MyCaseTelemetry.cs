using Connectors.Core.Diagnostics;

namespace Connectors.MyCase;

/// <summary>The connector's <c>Connectors.MyCase</c> activity source and meter, one per process.</summary>
internal static class MyCaseTelemetry
{
    public static ConnectorTelemetry Instance { get; } = new("MyCase");
}
