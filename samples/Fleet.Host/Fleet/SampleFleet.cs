using NodaTime;

namespace Fleet.Host.Fleet;

/// <summary>The sample fleet: a few firms per vendor spread over the US zones, with stable keys.</summary>
public static class SampleFleet
{
    private static readonly string[] Zones =
        ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles"];

    /// <summary><paramref name="firmsPerVendor"/> firms for each of the four vendors.</summary>
    public static IReadOnlyList<FleetFirm> Create(int firmsPerVendor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firmsPerVendor, 1);
        var firms = new List<FleetFirm>();
        foreach (var vendor in Enum.GetValues<Vendor>())
        {
            for (var i = 1; i <= firmsPerVendor; i++)
            {
                var zone = DateTimeZoneProviders.Tzdb[Zones[(firms.Count + i) % Zones.Length]];
                firms.Add(new FleetFirm($"{vendor.ToString().ToLowerInvariant()}-{i:D3}", vendor, zone));
            }
        }

        return firms;
    }
}
