namespace Fleet.Host.Database;

/// <summary>The embedded SQL scripts (Database/Schema/*.sql).</summary>
internal static class SchemaScripts
{
    /// <summary>The table prefix of Quartz's tables (Quartz's default).</summary>
    public const string QuartzTablePrefix = "QRTZ_";

    /// <summary>
    /// Quartz's job store tables for <paramref name="kind"/>, statement by statement: Quartz's own script separates them
    /// with '--;;' lines (its SQLite triggers hold semicolons) and marks the table prefix as {0} and {1}.
    /// </summary>
    public static IReadOnlyList<string> Quartz(DatabaseKind kind)
    {
        var script = Read(kind == DatabaseKind.Sqlite ? "quartz-sqlite.sql" : "quartz-postgres.sql")
            .Replace("{0}", QuartzTablePrefix, StringComparison.Ordinal)
            .Replace("{1}", QuartzTablePrefix, StringComparison.Ordinal)
            .ReplaceLineEndings("\n");
        return [.. script.Split("\n--;;\n").Where(HasStatement)];
    }

    /// <summary>The fleet's own tables (one script for both databases, run as one batch).</summary>
    public static string Fleet() => Read("fleet.sql");

    private static bool HasStatement(string piece) =>
        piece.Split('\n').Any(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal));

    private static string Read(string name)
    {
        using var stream = typeof(SchemaScripts).Assembly.GetManifestResourceStream($"Fleet.Host.Schema.{name}")
            ?? throw new InvalidOperationException($"The schema script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
