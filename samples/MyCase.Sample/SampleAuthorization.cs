using Connectors.MyCase.Authentication;

namespace MyCase.Sample;

/// <summary>The OAuth step of the sample: against the sandbox a browser is played by an HttpClient; for a real tenant the user pastes the
/// redirect.</summary>
internal static class SampleAuthorization
{
    public static async Task<MyCaseConnection?> AuthorizeAsync(MyCaseOAuthClient oauth, bool sandbox)
    {
        var state = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var authorize = oauth.BuildAuthorizeUri(state);
        if (sandbox)
        {
            // The sandbox signs its firm user in and allows access at once, redirecting back with ?code=...&state=...
            using var handler = new HttpClientHandler { AllowAutoRedirect = false };
            using var browser = new HttpClient(handler);
            using var response = await browser.GetAsync(authorize).ConfigureAwait(false);
            return await oauth.CompleteAuthorizationAsync(response.Headers.Location!, state).ConfigureAwait(false);
        }

        Console.WriteLine("Open this URL, sign in to MyCase and choose 'Allow Access':");
        Console.WriteLine($"  {authorize}");
        Console.Write("Then paste the full address MyCase redirected to: ");
        var redirect = Console.ReadLine();
        return Uri.TryCreate(redirect?.Trim(), UriKind.Absolute, out var uri)
            ? await oauth.CompleteAuthorizationAsync(uri, state).ConfigureAwait(false)
            : null;
    }
}
