using NodaTime;

namespace Fleet.Host.Fleet;

/// <summary>One firm of the fleet: its key (the tenant everywhere: jobs, progress, platform cases), vendor and zone.</summary>
/// <param name="Key">The firm's key; logged freely, it is no secret.</param>
/// <param name="Vendor">The firm's case-management system.</param>
/// <param name="Zone">The firm's time zone: its nightly sync runs at 21:00 there (MyCase: 21:15 UTC, as MyCase runs it).</param>
public sealed record FleetFirm(string Key, Vendor Vendor, DateTimeZone Zone);
