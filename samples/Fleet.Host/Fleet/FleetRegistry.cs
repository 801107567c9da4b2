namespace Fleet.Host.Fleet;

/// <summary>The firms this node serves, by key: what a firm's job looks up when it fires.</summary>
public sealed class FleetRegistry(IEnumerable<FleetFirm> firms)
{
    private readonly Dictionary<string, FleetFirm> _firms = firms.ToDictionary(f => f.Key, StringComparer.Ordinal);

    /// <summary>Every firm, by key.</summary>
    public IReadOnlyCollection<FleetFirm> Firms => _firms.Values;

    /// <summary>The firm with <paramref name="key"/>, or null when this node does not know it.</summary>
    public FleetFirm? Find(string key) => _firms.GetValueOrDefault(key);
}
