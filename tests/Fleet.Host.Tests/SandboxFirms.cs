using Connectors.Core.Writes;
using Connectors.Sandbox.SmartAdvocate;

using Fleet.Host.Database;
using Fleet.Host.Fleet;

using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Host.Tests;

/// <summary>One firm per vendor with its keyed connector against the in-process sandbox, and what each night should write.</summary>
internal static class SandboxFirms
{
    public static IReadOnlyList<FleetFirm> OnePerVendor() => SampleFleet.Create(firmsPerVendor: 1);

    /// <summary>A service provider with the firms' connectors, MyCase firms authorized (their tokens in the database).</summary>
    public static async Task<ServiceProvider> ConnectAsync(IReadOnlyList<FleetFirm> firms, FleetSandbox sandbox, FleetDatabase database)
    {
        var provider = new ServiceCollection().AddSingleton(database).AddFleetConnectors(firms, sandbox).BuildServiceProvider();
        await MyCaseFirmAuthorization.AuthorizeAsync(provider, firms, default);
        return provider;
    }

    /// <summary>The sandbox write-log operation a firm's vendor records for a note or a document, or null: no such writer.</summary>
    public static (string Vendor, string Operation)? LogOf(IServiceProvider services, FleetFirm firm, string kind)
    {
        var writes = kind == "message"
            ? services.GetKeyedService<ICaseNoteWriter>(firm.Key) is not null
            : services.GetKeyedService<ICaseDocumentWriter>(firm.Key) is not null;
        if (!writes)
        {
            return null;
        }

        return firm.Vendor switch
        {
            Vendor.CasePeer => ("casepeer", kind == "message" ? "note" : "document"),
            Vendor.MyCase => ("mycase", "document"),
            Vendor.SmartAdvocate => (SmartAdvocateSandbox.Prefix, "note"),
            _ => ("casexchange", "message"),
        };
    }

    /// <summary>Items per night the firm receives of <paramref name="kind"/> (FleetOptions' defaults: 2 messages, 1 document).</summary>
    public static int PerNight(IServiceProvider services, FleetFirm firm, string kind) =>
        LogOf(services, firm, kind) is null ? 0 : kind == "message" ? 2 : 1;

    /// <summary>The write-log count of the firm's own sandbox tenant for its vendor and kind.</summary>
    public static int Written(FleetSandbox sandbox, IServiceProvider services, FleetFirm firm, string kind) =>
        LogOf(services, firm, kind) is { } log ? sandbox.TenantOf(firm.Key).Writes.Of(log.Vendor, log.Operation).Count : 0;

    public static readonly string[] Kinds = ["message", "document"];

    /// <summary>Asserts every firm's outbox items of every kind are delivered, each written once in the sandbox's write log.</summary>
    public static async Task AssertDeliveredOnceAsync(
        FleetDatabase database, FleetSandbox sandbox, IServiceProvider services, IReadOnlyList<FleetFirm> firms, int nights)
    {
        foreach (var firm in firms)
        {
            foreach (var kind in Kinds)
            {
                var rows = await OutboxRows.OfAsync(database, firm.Key, kind);
                var expected = PerNight(services, firm, kind) * nights;
                Assert.True(expected == rows.Count, $"{firm.Key} {kind}: {rows.Count} outbox items, expected {expected}");
                Assert.All(rows, row => Assert.True(row.Value, $"{row.Key} is not delivered"));
                Assert.True(
                    expected == Written(sandbox, services, firm, kind),
                    $"{firm.Key} {kind}: {Written(sandbox, services, firm, kind)} writes in the sandbox, expected {expected}");
            }
        }
    }
}
