using System.Diagnostics.Metrics;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;

namespace Connectors.Shared;

/// <summary>
/// What every HTTP client a connector registers gets, in one place: the resilience pipeline owns time
/// (<see cref="ConnectorResilience"/>), logged headers are redacted but for a short allow-list, no redirect is followed
/// (<see cref="RedirectRefusalHandler"/>), and error bodies are read under a byte cap (<see cref="ErrorBodyLimitHandler"/>).
/// Call it first on a builder, so that these handlers sit just inside the resilience handler, outside the connector's own.
/// </summary>
internal static class ConnectorHttpDefaults
{
    /// <summary>Headers whose values may appear in logs: none of them carries a credential or client data.</summary>
    private static readonly HashSet<string> LoggableHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Content-Type", "Content-Length", "Date", "Retry-After", "X-Request-Id",
        "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset",
    };

    /// <summary>Applies the defaults to <paramref name="builder"/>.</summary>
    /// <param name="builder">A connector's HTTP client.</param>
    /// <param name="settings">The connector's current settings, read from its options.</param>
    /// <param name="retries">The connector's retry counter.</param>
    /// <param name="responseLimitOption">
    /// The option that sets <see cref="ConnectorHttpSettings.MaxResponseBytes"/> (<c>"MyCase:MaxPageBytes"</c>), to name it
    /// when an answer is refused; null for a client whose answers are not capped here.
    /// </param>
    /// <param name="postIsRepeatable">True for a sign-in client: its POST changes nothing at the vendor and is retried.</param>
    public static IHttpClientBuilder Apply(
        IHttpClientBuilder builder,
        Func<IServiceProvider, ConnectorHttpSettings> settings,
        Counter<long> retries,
        string? responseLimitOption = null,
        bool postIsRepeatable = false)
    {
        if (responseLimitOption is not null)
        {
            // Outside the resilience handler: the answer the pipeline hands back is read up to the limit.
            builder.AddHttpMessageHandler(sp => new ResponseBodyLimitHandler(
                () => settings(sp).MaxResponseBytes ?? long.MaxValue,
                responseLimitOption));
        }

        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan); // the resilience pipeline owns time
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var current = settings(sp);
            ConnectorResilience.Configure(
                resilience,
                current.MaxRetryAttempts,
                current.RetryBaseDelay,
                current.AttemptTimeout,
                current.TotalTimeout,
                retries,
                postIsRepeatable);
        });
        builder.RedactLoggedHeaders(name => !LoggableHeaders.Contains(name));

        // After every other configuration of this client (a host's own primary handler included), redirects are turned
        // off in the primary handler; a handler of the host's own kind is caught by RedirectRefusalHandler instead.
        builder.Services.PostConfigure<HttpClientFactoryOptions>(builder.Name, options =>
            options.HttpMessageHandlerBuilderActions.Add(handlers => FollowNoRedirect(handlers.PrimaryHandler)));
        builder.AddHttpMessageHandler(() => new RedirectRefusalHandler());
        builder.AddHttpMessageHandler(sp => new ErrorBodyLimitHandler(() => settings(sp).MaxErrorBodyBytes));
        return builder;
    }

    private static void FollowNoRedirect(HttpMessageHandler primary)
    {
        try
        {
            switch (primary)
            {
                case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                    sockets.AllowAutoRedirect = false;
                    break;
                case HttpClientHandler { AllowAutoRedirect: true } client:
                    client.AllowAutoRedirect = false;
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // A handler shared by the host and already in use cannot be changed; RedirectRefusalHandler still refuses
            // what it follows.
        }
    }
}
