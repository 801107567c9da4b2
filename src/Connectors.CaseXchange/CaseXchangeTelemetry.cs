using Connectors.Core.Diagnostics;

namespace Connectors.CaseXchange;

/// <summary>The connector's <c>Connectors.CaseXchange</c> activity source and meter, one per process.</summary>
internal static class CaseXchangeTelemetry
{
    public static ConnectorTelemetry Instance { get; } = new("CaseXchange");
}
