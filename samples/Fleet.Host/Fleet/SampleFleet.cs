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
        var vendors = Enum.GetValues<Vendor>();
        return Create(firmsPerVendor * vendors.Length, vendors);
    }

    /// <summary><paramref name="firms"/> firms in all, dealt over <paramref name="vendors"/> in turn.</summary>
    public static IReadOnlyList<FleetFirm> Create(int firms, IReadOnlyList<Vendor> vendors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firms, 1);
        ArgumentNullException.ThrowIfNull(vendors);
        ArgumentOutOfRangeException.ThrowIfZero(vendors.Count);
        var fleet = new List<FleetFirm>(firms);
        for (var n = 0; n < firms; n++)
        {
            var vendor = vendors[n % vendors.Count];
            var number = (n / vendors.Count) + 1;
            var zone = DateTimeZoneProviders.Tzdb[Zones[n % Zones.Length]];
            fleet.Add(new FleetFirm($"{vendor.ToString().ToLowerInvariant()}-{number:D3}", vendor, zone));
        }

        return fleet;
    }
}
