namespace Connectors.Shared;

/// <summary>What a token from an authorization server must look like before it is used.</summary>
internal static class BearerTokenText
{
    /// <summary>
    /// True when every character is printable ASCII (<c>!</c> to <c>~</c>): anything else (spaces, control or non-ASCII
    /// characters) could not travel in the <c>Authorization</c> header, so such a token is refused where it arrives
    /// rather than failing later with a <see cref="FormatException"/> from the header.
    /// </summary>
    public static bool FitsAuthorizationHeader(string token) => !token.Any(c => c is < '!' or > '~');
}
