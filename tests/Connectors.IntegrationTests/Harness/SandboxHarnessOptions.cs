using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Connectors.IntegrationTests.Harness;

/// <summary>What every <see cref="SandboxHarness"/> can vary, whatever the vendor.</summary>
internal sealed record SandboxHarnessOptions
{
    /// <summary>Where the shared <see cref="NodaTime.Testing.FakeClock"/> starts; a vendor harness picks its own default.</summary>
    public Instant? Start { get; init; }

    /// <summary>Seed of the sandbox's fault injector (probability rules).</summary>
    public int FaultSeed { get; init; } = 1;

    /// <summary>True to play a vendor that applies a resend with the same idempotency key again.</summary>
    public bool IgnoreIdempotencyKeys { get; init; }

    /// <summary>
    /// Registrations made after the connector's: a handler on one of its named HTTP clients (innermost, next to the
    /// network), or on every client through <c>ConfigureHttpClientDefaults</c>.
    /// </summary>
    public Action<IServiceCollection>? Register { get; init; }

    /// <summary>Changes to the connector's API client pipeline (a handler in front of the vendor, say).</summary>
    public Action<IHttpClientBuilder>? Pipeline { get; init; }
}
