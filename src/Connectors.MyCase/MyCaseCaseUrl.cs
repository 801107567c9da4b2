using System.Globalization;

using Connectors.Core.Http;

namespace Connectors.MyCase;

/// <summary>
/// Reads the integration id (the MyCase case id) from what a user pastes: a bare id (<c>12345678</c>), a case URL of
/// the MyCase web app (<c>https://firm.mycase.com/court_cases/12345678</c>, with or without a trailing path, query or
/// fragment), or an API URL (<c>https://external-integrations.mycase.com/v1/cases/12345678</c>).
/// </summary>
public static class MyCaseCaseUrl
{
    private static readonly string[] CaseSegments = ["court_cases", "cases"];

    /// <summary>True with the case id when <paramref name="input"/> holds one.</summary>
    public static bool TryParseCaseId(string? input, out long caseId)
    {
        caseId = 0;
        var text = input?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (IsId(text, out caseId))
        {
            return true;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return false;
        }

        // The web app may route in the fragment (#/court_cases/1): both are searched, the path first.
        foreach (var part in new[] { uri.AbsolutePath, uri.Fragment.TrimStart('#') })
        {
            var segments = part.Split(['/', '?'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < segments.Length; i++)
            {
                if (CaseSegments.Contains(segments[i], StringComparer.OrdinalIgnoreCase) && IsId(segments[i + 1], out caseId))
                {
                    return true;
                }
            }
        }

        caseId = 0;
        return false;
    }

    /// <summary>The case id in <paramref name="input"/>.</summary>
    /// <exception cref="ConnectorValidationException">The input is neither a case id nor a MyCase case URL.</exception>
    public static long ParseCaseId(string? input) =>
        TryParseCaseId(input, out var id)
            ? id
            : throw new ConnectorValidationException(
                "Import a MyCase case",
                [string.IsNullOrWhiteSpace(input)
                    ? "Paste a MyCase case URL or a case id; nothing was given."
                    : "This is neither a MyCase case id nor a MyCase case URL: a case URL looks like " +
                        "https://yourfirm.mycase.com/court_cases/12345678 (open the case in MyCase and copy the address)."]);

    private static bool IsId(string text, out long id) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
