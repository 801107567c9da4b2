using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Fleet.Host.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, a free loopback port, trust
/// authentication on loopback only, stopped and deleted afterwards (also when start-up fails). The server refuses to
/// run as root, so as root every PostgreSQL command runs as 'nobody' (runuser), which owns the cluster's folder.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private const string User = "fleet";
    private string? _folder;
    private string? _bin;
    private int _databases;

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
        if (_bin is null)
        {
            // .ci/run installs the 'postgresql' package where it is missing; a developer machine without it says so.
            throw new InvalidOperationException(
                "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql.");
        }

        _folder = Directory.CreateTempSubdirectory("fleet-pg-").FullName;
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        try
        {
            if (IsRoot && !OperatingSystem.IsWindows())
            {
                // The temporary folder is root's 0700: let 'nobody' through it and own the data folder.
                File.SetUnixFileMode(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
                await RunAsync("chown", ["-R", "nobody", data], asPostgresUser: false);
            }

            Port = FreePort();
            await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", User, "--auth=trust", "-E", "UTF8", "--no-sync"]);
            await RunAsync(
                Path.Combine(_bin, "pg_ctl"),
                ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "start",
                 "-o", $"-p {Port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200"]);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A new folder for a test's SQLite file, deleted with the cluster's folder after the tests.</summary>
    public string NewScratchFolder()
    {
        var root = _folder ?? throw new InvalidOperationException("The cluster is not started.");
        var folder = Path.Combine(root, $"sqlite-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A new, empty database on the cluster; its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"fleet_test_{Interlocked.Increment(ref _databases)}";
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_folder is null)
        {
            return;
        }

        var data = Path.Combine(_folder, "data");
        if (_bin is not null && File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                // Already stopped: nothing to do but delete the folder.
            }
        }

        Directory.Delete(_folder, recursive: true);
        _folder = null;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={User};Database={database};Pooling=true;Maximum Pool Size=40";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgresUser = true)
    {
        var start = new ProcessStartInfo(asPostgresUser && IsRoot ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgresUser && IsRoot)
        {
            foreach (var prefix in new[] { "-u", "nobody", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}
