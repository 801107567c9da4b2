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
        var hash = new HashCode();
        var tokens = new Tokens(obj);
        while (tokens.Next(out var token))
        {
            foreach (var c in token)
            {
                hash.Add(char.ToUpperInvariant(c));
            }

            hash.Add(' ');
        }

        return hash.ToHashCode();
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
