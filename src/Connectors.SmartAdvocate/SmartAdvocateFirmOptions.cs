using Microsoft.Extensions.Options;

namespace Connectors.SmartAdvocate;

/// <summary>One registration's options: the default one, or a firm's named options in the keyed variant.</summary>
internal sealed class SmartAdvocateFirmOptions(IOptionsMonitor<SmartAdvocateOptions> monitor, string name)
{
    public string Name { get; } = name;

    public SmartAdvocateOptions Current => monitor.Get(Name);
}
