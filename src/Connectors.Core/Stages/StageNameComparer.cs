namespace Connectors.Core.Stages;

/// <summary>Equality of stage and practice-area names under a <see cref="StageNameMatching"/> policy, without allocating.</summary>
public sealed class StageNameComparer : IEqualityComparer<string>
{
    private static readonly StageNameComparer Normalising = new(StageNameMatching.IgnoreCaseAndWhitespace);

    private readonly StageNameMatching _matching;

    private StageNameComparer(StageNameMatching matching) => _matching = matching;

    /// <summary>The comparer for <paramref name="matching"/>.</summary>
    public static IEqualityComparer<string> For(StageNameMatching matching) => matching switch
    {
        StageNameMatching.IgnoreCaseAndWhitespace => Normalising,
        StageNameMatching.IgnoreCase => StringComparer.OrdinalIgnoreCase,
        StageNameMatching.Exact => StringComparer.Ordinal,
        _ => throw new ArgumentOutOfRangeException(nameof(matching), matching, "Unknown stage name matching policy."),
    };

    /// <inheritdoc />
    public bool Equals(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (string.Equals(x, y, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Only names with irregular whitespace can still be equal: compare their word sequences.
        if (IsCanonical(x) && IsCanonical(y))
        {
            return false;
        }

        var left = new Tokens(x);
        var right = new Tokens(y);
        while (true)
        {
            var hasLeft = left.Next(out var l);
            var hasRight = right.Next(out var r);
            if (hasLeft != hasRight)
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!l.Equals(r, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
    }

    /// <inheritdoc />
    public int GetHashCode(string obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (IsCanonical(obj))
        {
            return string.GetHashCode(obj, StringComparison.OrdinalIgnoreCase);
        }

        // Rebuild the canonical form (words joined by one space) and hash it the same way.
        Span<char> buffer = obj.Length <= 256 ? stackalloc char[obj.Length] : new char[obj.Length];
        var length = 0;
        var tokens = new Tokens(obj);
        while (tokens.Next(out var token))
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            token.CopyTo(buffer[length..]);
            length += token.Length;
        }

        return string.GetHashCode(buffer[..length], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the name has no leading, trailing, doubled or non-space whitespace: the fast path.</summary>
    private static bool IsCanonical(string text)
    {
        var previousSpace = true; // a leading space is irregular
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace)
                {
                    return false;
                }

                previousSpace = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return !previousSpace || text.Length == 0;
    }

    /// <summary>Walks the whitespace-separated words of a name.</summary>
    private ref struct Tokens(string text)
    {
        private readonly ReadOnlySpan<char> _text = text.AsSpan();
        private int _position;

        public bool Next(out ReadOnlySpan<char> token)
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }

            var start = _position;
            while (_position < _text.Length && !char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }

            token = _text[start.._position];
            return _position > start;
        }
    }
}
