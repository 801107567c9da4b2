using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox;

/// <summary>One vendor API the sandbox serves under its own path prefix. Each vendor lives in its own folder.</summary>
public interface ISandboxVendor
{
    /// <summary>The path prefix, as <c>"casepeer"</c>: the vendor's API is served under <c>/casepeer/</c>.</summary>
    string PathPrefix { get; }

    /// <summary>Maps the vendor's endpoints on <paramref name="routes"/> (already scoped to the prefix).</summary>
    void Map(IEndpointRouteBuilder routes, SandboxContext context);

    /// <summary>Writes an error in the vendor's own error shape (used for injected faults too).</summary>
    Task WriteErrorAsync(HttpContext http, int statusCode, string message);
}
