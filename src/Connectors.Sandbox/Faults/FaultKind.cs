namespace Connectors.Sandbox.Faults;

/// <summary>What an injected fault does.</summary>
public enum FaultKind
{
    /// <summary>429 Too Many Requests with a <c>Retry-After</c> header.</summary>
    RateLimited,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>Adds latency, then serves the request normally.</summary>
    Latency,

    /// <summary>Aborts the connection: the client gets no response at all.</summary>
    DropConnection,

    /// <summary>200 with a body that is not valid JSON.</summary>
    MalformedJson,

    /// <summary>The real response, cut in half, then the connection is aborted.</summary>
    TruncatedBody,
}
