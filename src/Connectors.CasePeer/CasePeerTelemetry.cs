using Connectors.Core.Diagnostics;

namespace Connectors.CasePeer;

/// <summary>The connector's <c>Connectors.CasePeer</c> activity source and meter, one per process.</summary>
internal static class CasePeerTelemetry
{
    public static ConnectorTelemetry Instance { get; } = new("CasePeer");
}
