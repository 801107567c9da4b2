using System.Text.Json;
using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.Tenants;

// The control endpoints out-of-process users (the fleet host, its tests) create tenants and read them with.
internal static class SandboxTenantControl
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(IEndpointRouteBuilder control, SandboxTenantRegistry tenants)
    {
        control.MapPut("/tenants/{name}", (string name, SandboxTenantRequest body) =>
        {
            try
            {
                var tenant = tenants.Add(new SandboxTenantSpec(name, body.Vendor ?? string.Empty, body.Cases, body.Seed));
                return Results.Json(Wire(tenant), Json);
            }
            catch (ArgumentException e)
            {
                return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        control.MapGet("/process", () =>
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            return Results.Json(
                new SandboxProcessWire(
                    process.WorkingSet64,
                    process.PeakWorkingSet64,
                    GC.GetTotalMemory(forceFullCollection: false),
                    tenants.All.Count,
                    tenants.All.Count(t => t.IsServed)),
                Json);
        });
        control.MapGet("/stats", () =>
        {
            var all = tenants.All.Select(t => t.Stats()).ToList();
            return Results.Json(
                new SandboxTenantStats(
                    all.Sum(s => s.Requests),
                    all.Sum(s => s.RateLimited),
                    all.Sum(s => s.Refreshes),
                    all.Sum(s => s.RefreshReuses),
                    all.Sum(s => s.Writes)),
                Json);
        });
        control.MapGet("/tenants", () => Results.Json(tenants.All.Select(Wire), Json));
        control.MapGet("/tenants/{name}", (string name) => Found(tenants, name, t => Wire(t)));
        control.MapGet("/tenants/{name}/writes", (string name) => Found(tenants, name, t => t.Writes.Records));
        control.MapPost("/tenants/{name}/changes", (string name, SandboxTenantChangesRequest body) =>
        {
            try
            {
                return Found(tenants, name, t => new { changed = t.ChangeCases(body.Cases, body.Seed) });
            }
            catch (ArgumentException e)
            {
                return Results.Json(new { error = e.Message }, Json, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        control.MapGet("/tenants/{name}/stats", (string name) => Found(tenants, name, t => t.Stats()));
    }

    private static IResult Found(SandboxTenantRegistry tenants, string name, Func<SandboxTenant, object> answer) =>
        tenants.Find(name) is { } tenant
            ? Results.Json(answer(tenant), Json)
            : Results.Json(new { error = $"No sandbox tenant '{name}'." }, Json, statusCode: StatusCodes.Status404NotFound);

    private static SandboxTenantWire Wire(SandboxTenant tenant) =>
        new(tenant.Name, tenant.Vendor, tenant.BaseAddress, tenant.Seed, tenant.Credentials);
}

/// <summary>The sandbox process's memory, so a benchmark can report the sandbox's share apart from the host's.</summary>
internal sealed record SandboxProcessWire(long WorkingSet, long PeakWorkingSet, long GcHeap, int Tenants, int TenantsServed);

/// <summary>The body of <c>PUT /_sandbox/tenants/{name}</c>.</summary>
internal sealed record SandboxTenantRequest(string? Vendor, int? Cases, int? Seed);

/// <summary>The body of <c>POST /_sandbox/tenants/{name}/changes</c>.</summary>
internal sealed record SandboxTenantChangesRequest(int Cases, int? Seed);

/// <summary>A tenant as the control endpoints answer it (credentials included: they are sandbox-only).</summary>
internal sealed record SandboxTenantWire(string Name, string Vendor, Uri BaseAddress, int Seed, SandboxTenantCredentials Credentials);
