using System.Diagnostics;
using System.Text.Json;

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

    // samples/<Name>/bin/<Configuration>/net10.0/<Name>.dll, the configuration read off this assembly's own path.
    private static string SampleDll(string sample)
    {
        var here = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(here);
        var configuration = Path.GetFileName(Path.GetDirectoryName(here)!);
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Connectors.Sdk.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(
            root?.FullName ?? throw new InvalidOperationException("No Connectors.Sdk.sln above the test."),
            "samples", sample, "bin", configuration, framework, $"{sample}.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built.");
        return dll;
    }
}
