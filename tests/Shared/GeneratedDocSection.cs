using System.Text;

namespace Connectors.Tests.Shared;

/// <summary>
/// Rewrites one generated section of a file under <c>docs/</c>: the text between <c>&lt;!-- begin:NAME --&gt;</c> and
/// <c>&lt;!-- end:NAME --&gt;</c>. Several test assemblies generate parts of one page (the chaos matrix, the fuzz
/// counts, the findings table) and run in parallel processes, so each rewrite holds the file exclusively.
/// Compiled into each test project that writes a page (linked source).
/// </summary>
internal static class GeneratedDocSection
{
    /// <summary>Replaces section <paramref name="name"/> of <c>docs/<paramref name="file"/></c>; does nothing outside a checkout.</summary>
    /// <exception cref="InvalidOperationException">The page has no such section.</exception>
    public static void Write(string file, string name, string content)
    {
        var path = DocsPath(file);
        if (path is null)
        {
            return;
        }

        var begin = $"<!-- begin:{name} -->";
        var end = $"<!-- end:{name} -->";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
                string text;
                using (var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
                {
                    text = reader.ReadToEnd();
                }

                var from = text.IndexOf(begin, StringComparison.Ordinal);
                var to = text.IndexOf(end, StringComparison.Ordinal);
                if (from < 0 || to < from)
                {
                    throw new InvalidOperationException($"docs/{file} has no section '{name}' ({begin} ... {end}).");
                }

                var updated = text[..(from + begin.Length)] + "\n" + content.TrimEnd('\n') + "\n" + text[to..];
                stream.SetLength(0);
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(updated);
                stream.Write(bytes);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                Thread.Sleep(100); // another test process holds the page
            }
        }
    }

    /// <summary>The repository root (the folder holding <c>Connectors.Sdk.sln</c>), or null outside a checkout.</summary>
    public static string? RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Connectors.Sdk.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }

    private static string? DocsPath(string file) => RepositoryRoot() is { } root ? Path.Combine(root, "docs", file) : null;
}
