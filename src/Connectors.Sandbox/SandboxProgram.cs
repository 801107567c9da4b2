using System.Globalization;

using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;

namespace Connectors.Sandbox;

/// <summary>
/// The standalone sandbox: <c>dotnet run --project src/Connectors.Sandbox -- [--port 5080] [--cases 300] [--seed 42]
/// [--casepeer-data FILE] [--mycase-data FILE] [--address-file PATH] [--quiet]</c>. Prints each vendor's base address and
/// key, then serves until Ctrl+C. <c>--port 0 --address-file PATH</c> lets a parent process start it on a free port: the
/// base address is written to PATH (one line) once it listens. Tenants are added over <c>PUT /_sandbox/tenants/{name}</c>.
/// </summary>
internal static class SandboxProgram
{
    public static async Task<int> Main(string[] args)
    {
        var casePeer = new CasePeerSandbox(new CasePeerSandboxOptions
        {
            Cases = Int(args, "--cases") ?? 300,
            Seed = Int(args, "--seed") ?? 42,
            DataFile = Option(args, "--casepeer-data") ?? Option(args, "--data"),
        });
        var myCase = new MyCaseSandbox(new MyCaseSandboxOptions { DataFile = Option(args, "--mycase-data") });
        var caseXchange = new CaseXchangeSandbox();
        var smartAdvocate = new SmartAdvocateSandbox();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            Port = Int(args, "--port") ?? 5080,
            Vendors = [casePeer, caseXchange, smartAdvocate, myCase],
        }).ConfigureAwait(false);

        if (Option(args, "--address-file") is { } addressFile)
        {
            // Written whole, then moved into place, so a parent polling for the file never reads half an address.
            var partial = addressFile + ".partial";
            await File.WriteAllTextAsync(partial, server.BaseAddress + Environment.NewLine).ConfigureAwait(false);
            File.Move(partial, addressFile, overwrite: true);
        }

        if (!args.Contains("--quiet"))
        {
            PrintBanner(server, casePeer, caseXchange, smartAdvocate, myCase);
        }

        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    private static void PrintBanner(
        SandboxServer server,
        CasePeerSandbox casePeer,
        CaseXchangeSandbox caseXchange,
        SmartAdvocateSandbox smartAdvocate,
        MyCaseSandbox myCase)
    {
        Console.WriteLine($"Sandbox listening on {server.BaseAddress}");
        Console.WriteLine($"  CASEpeer: {server.BaseAddressOf(casePeer.PathPrefix)}api/v1/  ({casePeer.Options.ApiKeyHeader}: " +
            $"{casePeer.Options.ApiKey}, a sandbox-only key)");
        Console.WriteLine($"  Case Xchange: {server.BaseAddressOf(caseXchange.PathPrefix)}api/public/v1/  (X-API-Key: " +
            $"{caseXchange.Options.StandardKey}, a sandbox-only key)");
        Console.WriteLine($"  SmartAdvocate: {server.BaseAddressOf(smartAdvocate.PathPrefix)}  (user {smartAdvocate.Options.Username} / " +
            $"{smartAdvocate.Options.Password}, X-ApiKey {smartAdvocate.Options.ClientKey}, sandbox-only)");
        Console.WriteLine($"  MyCase:   {server.BaseAddressOf(myCase.PathPrefix)}v1/  (OAuth at " +
            $"{server.BaseAddressOf(myCase.PathPrefix)}auth/, client {myCase.Options.ClientId}, a sandbox-only client)");
        Console.WriteLine($"  Control:  {server.BaseAddress}_sandbox/writes, POST/DELETE {server.BaseAddress}_sandbox/faults");
        Console.WriteLine($"  Tenants:  PUT {server.BaseAddress}_sandbox/tenants/{{name}} {{\"vendor\":\"mycase\",\"cases\":1000}}, " +
            $"then {server.BaseAddress}t/{{name}}/{{vendor}}/");
        Console.WriteLine("Press Ctrl+C to stop.");
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int? Int(string[] args, string name) =>
        Option(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
