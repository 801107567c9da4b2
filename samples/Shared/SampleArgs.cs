using NodaTime;
using NodaTime.Text;

namespace Connectors.Samples;

/// <summary>The command-line options the samples share.</summary>
public static class SampleArgs
{
    /// <summary>The value after <paramref name="name"/>, or null.</summary>
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>True when the flag is present.</summary>
    public static bool Flag(string[] args, string name) => args.Contains(name);

    /// <summary>The instant after <c>--now</c>, or <paramref name="fallback"/>; null with a message when it does not parse.</summary>
    public static Instant? Now(string[] args, Instant fallback)
    {
        if (Option(args, "--now") is not { } text)
        {
            return fallback;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        if (!parsed.Success)
        {
            Console.Error.WriteLine($"--now takes an ISO instant such as 2026-11-25T02:00:00Z, not '{text}'.");
            return null;
        }

        return parsed.Value;
    }
}
