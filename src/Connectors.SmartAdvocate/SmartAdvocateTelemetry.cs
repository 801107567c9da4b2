using Connectors.Core.Diagnostics;

namespace Connectors.SmartAdvocate;

/// <summary>The connector's spans and instruments, <c>Connectors.SmartAdvocate</c>: one per process, like its ActivitySource.</summary>
internal static class SmartAdvocateTelemetry
{
    public static ConnectorTelemetry Instance { get; } = new("SmartAdvocate");
}
