using System.Globalization;
using System.Text;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>What a mutation does to a header value.</summary>
public enum HeaderMutationKind
{
    /// <summary>The value cut short.</summary>
    Truncate,

    /// <summary>A separator or quote put in (<c>, ; = " &lt; &gt; % \</c>, a tab, a space).</summary>
    InsertSeparator,

    /// <summary>A span removed.</summary>
    DeleteSpan,

    /// <summary>A span repeated in place.</summary>
    DuplicateSpan,

    /// <summary>The value repeated to 4 KB to 100 KB.</summary>
    Huge,

    /// <summary>A run of digits (or the whole value) replaced by a number at or past an edge (2^63, -1, 1e400, 0x10...).</summary>
    EdgeNumber,

    /// <summary>Control characters, Latin-1 high bytes, non-BMP and right-to-left text put in.</summary>
    OddChars,

    /// <summary>An empty or blank value.</summary>
    Empty,

    /// <summary>The header sent several times (several values).</summary>
    ManyValues,

    /// <summary>Random printable text in place of the value.</summary>
    Garbage,
}

/// <summary>
/// Mutates HTTP header values, deterministically for a given value, kind and pick. Values never hold CR, LF or NUL: a
/// real HTTP stack cannot deliver them inside a header (the answer would not parse), so they are not a header's input.
/// </summary>
public static class HeaderMutator
{
    private static readonly string[] Separators =
    [
        ",",
        ";",
        "=",
        "\"",
        "<",
        ">",
        "%",
        "\\",
        "\t",
        " ",
        ",,",
        ";;",
        "<>",
        "=\"\"",
        "%zz",
        "%",
        "?",
        "&",
        "#",
    ];

    private static readonly string[] EdgeNumbers =
    [
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551616", "-1", "0", "-0", "+5", "1e400", "1E3",
        "0x10", "2147483648", "253402300800", "99999999999999999999999999", "1.5", " 7 ", "7,8", "NaN", "Infinity", "٣", "１２",
    ];

    private static readonly string[] Odd =
    [
        "\u0001",
        "\u001f",
        "\u007f",
        "\u00a0",
        "\u00ff",
        "\u00e9",
        "\u202e",
        "😀",
        "\ufeff",
        "\u0085",
        "\u2028",
        "\t",
    ];

    /// <summary>
    /// Applies <paramref name="kind"/> to <paramref name="value"/>; returns the header's values (one, or several for <see
    /// cref="HeaderMutationKind.ManyValues"/>).
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> values, HeaderMutationKind kind, int pick)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rng = new Random(pick);
        var index = values.Count == 0 ? -1 : rng.Next(values.Count);
        var value = index < 0 ? string.Empty : values[index];
        var mutated = kind switch
        {
            HeaderMutationKind.ManyValues => null,
            HeaderMutationKind.Truncate => value.Length == 0 ? value : value[..rng.Next(value.Length)],
            HeaderMutationKind.InsertSeparator => value.Insert(rng.Next(value.Length + 1), Separators[rng.Next(Separators.Length)]),
            HeaderMutationKind.DeleteSpan => Delete(value, rng),
            HeaderMutationKind.DuplicateSpan => Duplicate(value, rng),
            HeaderMutationKind.Huge => Huge(value, rng),
            HeaderMutationKind.EdgeNumber => EdgeNumber(value, rng),
            HeaderMutationKind.OddChars => value.Insert(rng.Next(value.Length + 1), Odd[rng.Next(Odd.Length)]),
            HeaderMutationKind.Empty => rng.Next(3) switch { 0 => string.Empty, 1 => " ", _ => "\t " },
            HeaderMutationKind.Garbage => Garbage(rng),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        if (mutated is null)
        {
            // The same value again, another seed-like value, or many copies: a header that comes several times.
            var count = rng.Next(2, rng.Next(2) == 0 ? 4 : 200);
            return [.. Enumerable.Range(0, count).Select(i => i % 3 == 2 ? Garbage(rng) : value)];
        }

        var result = values.ToList();
        if (index < 0)
        {
            result.Add(mutated);
        }
        else
        {
            result[index] = mutated;
        }

        return result;
    }

    /// <summary>A short description of header values for failure messages.</summary>
    public static string Describe(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = string.Join(
            " | ",
            values.Take(5).Select(v => v.Length > 200 ? v[..200] + $"…({v.Length.ToString(CultureInfo.InvariantCulture)} chars)" : v));
        return values.Count > 5 ? $"{text} | …({values.Count.ToString(CultureInfo.InvariantCulture)} values)" : text;
    }

    private static string Delete(string value, Random rng)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var start = rng.Next(value.Length);
        return value.Remove(start, rng.Next(1, value.Length - start + 1));
    }

    private static string Duplicate(string value, Random rng)
    {
        if (value.Length == 0)
        {
            return value;
        }

        var start = rng.Next(value.Length);
        var span = value.Substring(start, rng.Next(1, value.Length - start + 1));
        return value.Insert(start, string.Concat(Enumerable.Repeat(span, rng.Next(1, 5))));
    }

    private static string Huge(string value, Random rng)
    {
        var unit = value.Length == 0 ? "9" : value;
        var target = rng.Next(2) == 0 ? 4 * 1024 : 100 * 1024;
        var builder = new StringBuilder(target + unit.Length);
        var separator = rng.Next(3) switch { 0 => string.Empty, 1 => ", ", _ => "," };
        while (builder.Length < target)
        {
            builder.Append(unit).Append(separator);
        }

        return builder.ToString();
    }

    private static string EdgeNumber(string value, Random rng)
    {
        var number = EdgeNumbers[rng.Next(EdgeNumbers.Length)];
        var digits = Enumerable.Range(0, value.Length)
            .Where(i => char.IsAsciiDigit(value[i]) && (i == 0 || !char.IsAsciiDigit(value[i - 1])))
            .ToList();
        if (digits.Count == 0 || rng.Next(4) == 0)
        {
            return number;
        }

        var start = digits[rng.Next(digits.Count)];
        var end = start;
        while (end < value.Length && char.IsAsciiDigit(value[end]))
        {
            end++;
        }

        return string.Concat(value.AsSpan(0, start), number, value.AsSpan(end));
    }

    private static string Garbage(Random rng)
    {
        var length = rng.Next(0, 80);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)rng.Next(0x20, 0x7f);
        }

        return new string(chars);
    }
}
