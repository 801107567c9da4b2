using System.Text.Json;

using Connectors.Core.Planning;
using Connectors.Samples;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using SmartAdvocate.Sample;

// One Predictive Dialer cycle and one CaseSyncAPI sync plan against the SmartAdvocate sandbox (zero configuration),
// or against a real tenant when --base-address and its credentials are given.
//   dotnet run --project samples/SmartAdvocate.Sample [-- --json] [--now 2026-11-24T15:00:00Z] [--data cases.json]
//       [--base-address https://app.smartadvocate.com --username U --password P --client-key K] [--campaign NAME] [--records N]
var json = SampleArgs.Flag(args, "--json");
if (SampleArgs.Now(args, Instant.FromUtc(2026, 11, 24, 15, 0)) is not { } now) // 10:00 in New York, a Tuesday
{
    return 2;
}

var firmZone = DateTimeZoneProviders.Tzdb["America/New_York"];
var realTenant = SampleArgs.Option(args, "--base-address") is { } address ? new Uri(address) : null;
var campaign = SampleArgs.Option(args, "--campaign") ?? (realTenant is null ? SampleSandbox.Campaign : "");
var records = SampleArgs.Option(args, "--records") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 10;

await using var sandbox = realTenant is null ? await SampleSandbox.StartAsync(now, SampleArgs.Option(args, "--data")) : null;

var services = new ServiceCollection();
services.AddSingleton<IClock>(new FixedClock(now));
// In code here; a host with appsettings.json binds a section instead: services.AddSmartAdvocate(configSectionPath: "SmartAdvocate").
// Many firms in one host: services.AddKeyedSmartAdvocate(firmKey, ...) per firm, resolved with GetRequiredKeyedService.
services.AddSmartAdvocate(o =>
{
    o.BaseAddress = realTenant ?? sandbox!.BaseAddress;
    o.Username = realTenant is null ? sandbox!.Username : SampleArgs.Option(args, "--username")
        ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_USERNAME");
    o.Password = realTenant is null ? sandbox!.Password : SampleArgs.Option(args, "--password")
        ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_PASSWORD");
    o.ClientKey = realTenant is null ? sandbox!.ClientKey : SampleArgs.Option(args, "--client-key")
        ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_CLIENTKEY");
    o.DialerTimeZone = firmZone.Id;
    o.StageSubStatusTypes = ["Treatment Status"];
    o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
});
await using var provider = services.BuildServiceProvider();

// The sync plan reads first: the dialer cycle then changes cases at 'now', which the window [.., now) leaves to the next sync.
var plan = await SyncDemo.PlanAsync(
    provider.GetRequiredService<SmartAdvocateCaseSource>(),
    now,
    firmZone,
    ["lead.attorney@sandbox-firm.example", SampleSandbox.StaffAttorney],
    CancellationToken.None);
var cycle = await DialerCycle.RunAsync(
    provider.GetRequiredService<Connectors.SmartAdvocate.Dialer.SmartAdvocateDialerClient>(),
    now,
    firmZone,
    campaign,
    records,
    CancellationToken.None);
var state = sandbox?.State();

if (json)
{
    Console.WriteLine(SampleJson.Write(now, cycle, state, plan, firmZone));
}
else
{
    SamplePrinter.Print(now, cycle, state, firmZone);
    PlanPrinter.Print(plan, firmZone);
}

return 0;

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
