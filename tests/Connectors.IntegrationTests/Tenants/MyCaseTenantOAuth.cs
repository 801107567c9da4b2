using System.Net;
using System.Text.Json;

using Connectors.Sandbox.Tenants;

namespace Connectors.IntegrationTests.Tenants;

/// <summary>MyCase's OAuth endpoints of one tenant spoken over raw HTTP, to try one tenant's secrets at another.</summary>
internal static class MyCaseTenantOAuth
{
    /// <summary>The code from the authorize redirect, exchanged: (access token, refresh token).</summary>
    public static Task<(string Access, string Refresh)> AuthorizeAsync(HttpClient http, SandboxTenant tenant) =>
        AuthorizeAsync(http, tenant.BaseAddress, tenant.Credentials);

    /// <summary>The same for a tenant known by its base address and credentials (as a control endpoint answers them).</summary>
    public static async Task<(string Access, string Refresh)> AuthorizeAsync(
        HttpClient http,
        Uri baseAddress,
        SandboxTenantCredentials credentials)
    {
        var authorize = new Uri(
            baseAddress,
            $"auth/login_sessions/new?client_id={credentials.ClientId}&response_type=code&state=s" +
            $"&redirect_uri={Uri.EscapeDataString(credentials.RedirectUri!.ToString())}");
        using var redirect = await http.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var code = redirect.Headers.Location!.Query.Split('&')[0].Split('=')[1];
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = Uri.UnescapeDataString(code),
            ["redirect_uri"] = credentials.RedirectUri.ToString(),
            ["client_id"] = credentials.ClientId!,
            ["client_secret"] = credentials.ClientSecret!,
        };
        using var answer = await http.PostAsync(new Uri(baseAddress, "auth/tokens"), new FormUrlEncodedContent(fields));
        return await TokensOfAsync(answer);
    }

    /// <summary>POSTs a token request with the tenant's client credentials (or <paramref name="client"/>'s).</summary>
    public static Task<HttpResponseMessage> TokenAsync(
        HttpClient http,
        SandboxTenant tenant,
        Dictionary<string, string> fields,
        SandboxTenantCredentials? client = null)
    {
        client ??= tenant.Credentials;
        fields["client_id"] = client.ClientId!;
        fields["client_secret"] = client.ClientSecret!;
        return http.PostAsync(new Uri(tenant.BaseAddress, "auth/tokens"), new FormUrlEncodedContent(fields));
    }

    public static async Task<(string Access, string Refresh)> TokensOfAsync(HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("access_token").GetString()!, json.RootElement.GetProperty("refresh_token").GetString()!);
    }

    /// <summary>GETs a path below the tenant's base address with a bearer token.</summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient http, SandboxTenant tenant, string path, string access) =>
        GetAsync(http, tenant.BaseAddress, path, access);

    /// <summary>GETs a path below a tenant's base address with a bearer token.</summary>
    public static async Task<HttpResponseMessage> GetAsync(HttpClient http, Uri baseAddress, string path, string access)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseAddress, path));
        request.Headers.Authorization = new("Bearer", access);
        return await http.SendAsync(request);
    }
}
