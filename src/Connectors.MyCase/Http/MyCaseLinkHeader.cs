namespace Connectors.MyCase.Http;

/// <summary>
/// Reads MyCase's RFC 8288 <c>Link</c> header: <c>&lt;https://.../v1/cases?page_size=40&amp;page_token=abc&gt;; rel="next"</c>.
/// Several links may share one header (comma-separated) or come in several headers; a <c>rel</c> may list several
/// relation types.
/// </summary>
internal static class MyCaseLinkHeader
{
    /// <summary>The <c>rel="next"</c> URL, or null on the last page.</summary>
    public static string? NextUrl(IEnumerable<string> headerValues)
    {
        foreach (var value in headerValues)
        {
            foreach (var link in SplitLinks(value))
            {
                var open = link.IndexOf('<', StringComparison.Ordinal);
                var close = link.IndexOf('>', StringComparison.Ordinal);
                if (open < 0 || close < open)
                {
                    continue;
                }

                var url = link[(open + 1)..close].Trim();
                foreach (var parameter in link[(close + 1)..].Split(
                    ';',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
                    if (pair.Length == 2 && pair[0].Equals("rel", StringComparison.OrdinalIgnoreCase)
                        && pair[1].Trim('"').Split(
                            ' ',
                            StringSplitOptions.RemoveEmptyEntries).Contains("next", StringComparer.OrdinalIgnoreCase))
                    {
                        return url;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The <c>page_token</c> of the <c>rel="next"</c> URL, unescaped; null on the last page.</summary>
    /// <exception cref="Core.ConnectorException">A next link is present but carries no <c>page_token</c>.</exception>
    public static string? NextPageToken(IEnumerable<string> headerValues)
    {
        if (NextUrl(headerValues) is not { } url)
        {
            return null;
        }

        var query = url.Split('?', 2) is [_, var q] ? q.Split('#')[0] : string.Empty;
        foreach (var part in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (Uri.UnescapeDataString(pair[0]) == "page_token" && pair.Length == 2 && pair[1].Length > 0)
            {
                return Uri.UnescapeDataString(pair[1]);
            }
        }

        throw new Core.ConnectorException("MyCase sent a rel=\"next\" link without a page_token; the read stopped rather than guess the " +
            "next page.");
    }

    // Commas separate links, but a URL inside <...> may hold commas too.
    private static IEnumerable<string> SplitLinks(string value)
    {
        var start = 0;
        var inside = false;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '<' when !quoted:
                    inside = true;
                    break;
                case '>' when !quoted:
                    inside = false;
                    break;
                case '"' when !inside:
                    quoted = !quoted;
                    break;
                case ',' when !inside && !quoted:
                    yield return value[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return value[start..];
    }
}
