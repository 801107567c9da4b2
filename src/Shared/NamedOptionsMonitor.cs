using System.Diagnostics.CodeAnalysis;

using Microsoft.Extensions.Options;

namespace Connectors.Shared;

/// <summary>
/// One registration's options seen through <see cref="IOptionsMonitor{TOptions}"/>: <see cref="CurrentValue"/> is the
/// named options of a keyed registration (a firm's), so a service written against the default options serves a firm too.
/// </summary>
internal sealed class NamedOptionsMonitor<
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
    IOptionsMonitor<TOptions> monitor,
    string name)
    : IOptionsMonitor<TOptions>
{
    public TOptions CurrentValue => monitor.Get(name);

    public TOptions Get(string? name) => monitor.Get(name);

    public IDisposable? OnChange(Action<TOptions, string?> listener) => monitor.OnChange(listener);
}
