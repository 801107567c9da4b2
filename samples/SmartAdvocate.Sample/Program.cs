using System.Text.Json;

using Connectors.Core.Planning;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Text;

using SmartAdvocate.Sample;

// One Predictive Dialer cycle and one CaseSyncAPI sync plan against the SmartAdvocate sandbox (zero configuration),
// or against a real tenant when --base-address and its credentials are given.
//   dotnet run --project samples/SmartAdvocate.Sample [-- --json] [--now 2026-11-24T15:00:00Z] [--data cases.json]
//       [--base-address https://app.smartadvocate.com --username U --password P --client-key K] [--campaign NAME] [--records N]
var json = args.Contains("--json");
var now = Option(args, "--now") is { } text ? InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow() : Instant.FromUtc(2026, 11, 24, 15, 0); // 10:00 in New York, a Tuesday
var firmZone = DateTimeZoneProviders.Tzdb["America/New_York"];
var realTenant = Option(args, "--base-address") is { } address ? new Uri(address) : null;
var campaign = Option(args, "--campaign") ?? (realTenant is null ? SampleSandbox.Campaign : "");
var records = Option(args, "--records") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 10;

await using var sandbox = realTenant is null ? await SampleSandbox.StartAsync(now, Option(args, "--data")) : null;

var services = new ServiceCollection();
services.AddSingleton<IClock>(new FixedClock(now));
services.AddSmartAdvocate(o =>
{
    o.BaseAddress = realTenant ?? sandbox!.BaseAddress;
    o.Username = realTenant is null ? sandbox!.Username : Option(args, "--username") ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_USERNAME");
    o.Password = realTenant is null ? sandbox!.Password : Option(args, "--password") ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_PASSWORD");
    o.ClientKey = realTenant is null ? sandbox!.ClientKey : Option(args, "--client-key") ?? Environment.GetEnvironmentVariable("SMARTADVOCATE_CLIENTKEY");
    o.DialerTimeZone = firmZone.Id;
    o.StageSubStatusTypes = ["Treatment Status"];
    o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
});
await using var provider = services.BuildServiceProvider();

// The sync plan reads first: the dialer cycle then changes cases at 'now', which the window [.., now) leaves to the next sync.
var plan = await SyncDemo.PlanAsync(provider.GetRequiredService<SmartAdvocateCaseSource>(), now, firmZone, ["lead.attorney@sandbox-firm.example"], CancellationToken.None);
var cycle = await DialerCycle.RunAsync(provider.GetRequiredService<Connectors.SmartAdvocate.Dialer.SmartAdvocateDialerClient>(), now, firmZone, campaign, records, CancellationToken.None);
var state = sandbox?.State();

if (json)
{
    Console.WriteLine(SampleJson.Write(now, cycle, state, plan, firmZone));
}
else
{
    SamplePrinter.Print(now, cycle, state, plan, firmZone);
}

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}