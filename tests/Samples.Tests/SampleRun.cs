using System.Diagnostics;
using System.Text.Json;

using Connectors.Tests.Shared;

namespace Samples.Tests;

/// <summary>
/// Runs a built sample as a user would (<c>dotnet Sample.dll --json</c>, against its in-process sandbox) and reads the
/// JSON it prints. The sample's build configuration is this test project's: both come from the same solution build.
/// </summary>
internal static class SampleRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<JsonDocument> JsonAsync(string sample, params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(sample, ["--json", .. args]);
        Assert.True(exitCode == 0, $"{sample} exited with {exitCode}: {errors}");
        try
        {
            return JsonDocument.Parse(output);
        }
        catch (JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"{sample} --json printed no JSON document ({e.Message}): {output}");
        }
    }

    /// <summary>Runs a sample that prints text only; returns its standard output.</summary>
    public static async Task<string> TextAsync(string sample, params string[] args)
    {
        var (exitCode, output, errors) = await RunAsync(sample, args);
        Assert.True(exitCode == 0, $"{sample} exited with {exitCode}: {errors}");
        return output;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string sample, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(SampleDll(sample));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{sample} did not start.");
        using var limit = new CancellationTokenSource(Limit);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var errors = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{sample} did not finish within {Limit}.");
        }

        return (process.ExitCode, await output, await errors);
    }

    private static string SampleDll(string sample) => BuiltProgram.Dll("samples", sample);
}
