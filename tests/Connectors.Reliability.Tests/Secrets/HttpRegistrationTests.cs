using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.MyCase;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>
/// Issue 14 points 4 and 5, at registration: every HTTP client of every connector (API, sign-in, token and upload
/// clients) redacts credential headers in logs on its own (not by the framework's default), and follows no redirect,
/// even when the host configures a primary handler of its own after the connector's registration.
/// </summary>
public sealed class HttpRegistrationTests
{
    public static TheoryData<bool> HostPrimary() => new() { false, true };

    [Theory]
    [MemberData(nameof(HostPrimary))]
    public void Every_connector_client_redacts_credential_headers_and_follows_no_redirect(bool hostReplacesPrimaryHandler)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        var builders = new List<IHttpClientBuilder>
        {
            services.AddCasePeer(o =>
            {
                o.BaseAddress = new Uri("https://api.casepeer.test/");
                o.ApiKey = "cp-key";
            }),
            services.AddCaseXchange(o =>
            {
                o.Environment = CaseXchangeEnvironment.Custom;
                o.BaseAddress = new Uri("https://api.casexchange.test/api/public/v1/");
                o.ApiKey = "cxp_full_0123456789";
            }),
            services.AddMyCase(o =>
            {
                o.ClientId = "client-1";
                o.ClientSecret = "secret";
                o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            }),
            services.AddHttpClient("Connectors.MyCase.Authentication"),
            services.AddHttpClient("Connectors.MyCase.Upload"),
        };
        var smartAdvocate = services.AddSmartAdvocate(o =>
        {
            o.BaseAddress = new Uri("https://firm.smartadvocate.test/");
            o.Username = "api-user";
            o.Password = "password";
            o.ClientKey = "client-key";
        });
        builders.AddRange([smartAdvocate, smartAdvocate.SmartAdvocateDialer(), smartAdvocate.SmartAdvocateSignIn()]);
        if (hostReplacesPrimaryHandler)
        {
            // A host's own handler, registered after the connector, with redirects on (its default).
            foreach (var builder in builders)
            {
                builder.ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler());
            }
        }

        using var provider = services.BuildServiceProvider();
        var factoryOptions = provider.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>();
        var handlers = provider.GetRequiredService<IHttpMessageHandlerFactory>();
        foreach (var name in builders.Select(b => b.Name).Distinct())
        {
            var chain = new List<HttpMessageHandler>();
            for (
                HttpMessageHandler? handler = handlers.CreateHandler(name); handler is not null; handler = (
                    handler as DelegatingHandler)?.InnerHandler)
            {
                chain.Add(handler);
            }

            var primary = chain[^1];
            var follows = primary switch
            {
                SocketsHttpHandler sockets => sockets.AllowAutoRedirect,
                HttpClientHandler client => client.AllowAutoRedirect,
                _ => throw new InvalidOperationException($"{name}: unexpected primary handler {primary.GetType()}"),
            };
            Assert.False(follows, $"{name}'s primary handler follows redirects.");
            Assert.Contains(chain, h => h.GetType().Name == "RedirectRefusalHandler");

            var options = factoryOptions.Get(name);
            foreach (var header in new[] { "Authorization", "X-API-Key", "X-ApiKey", "X-CasePeer-Key", "Cookie", "Location" })
            {
                Assert.True(options.ShouldRedactHeaderValue(header), $"{name} logs the value of {header}.");
            }

            Assert.False(options.ShouldRedactHeaderValue("Retry-After"), $"{name} hides Retry-After, which holds no secret.");
        }
    }
}
