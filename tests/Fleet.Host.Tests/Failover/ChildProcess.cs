using System.Diagnostics;
using System.Text;

namespace Fleet.Host.Tests.Failover;

/// <summary>
/// A .NET program run as its own process (<c>dotnet Program.dll ...</c>), its output kept for the failure message.
/// <see cref="Kill"/> is SIGKILL on Linux: no shutdown hook, no finally block, as when a machine dies.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public bool Killed { get; private set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far (standard output and error, interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ChildProcess Start(string name, string dll, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(name, process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL, now.</summary>
    public void Kill()
    {
        Killed = true;
        _process.Kill(entireProcessTree: true);
    }

    /// <summary>Waits for the exit; returns the exit code. A process still running at <paramref name="limit"/> is killed.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{Name} did not finish within {limit}. Its output:\n{Tail()}");
        }

        return _process.ExitCode;
    }

    /// <summary>The last lines of the output, for a failure message.</summary>
    public string Tail(int lines = 40) => string.Join('\n', Output.Split('\n').TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
