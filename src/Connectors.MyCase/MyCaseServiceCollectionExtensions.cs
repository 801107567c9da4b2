using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Connectors.Core.Sources;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Documents;
using Connectors.MyCase.Http;
using Connectors.MyCase.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Refit;

namespace Connectors.MyCase;

/// <summary>Registers the MyCase connector, for one firm or, keyed, for many.</summary>
public static class MyCaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMyCaseApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods, so a POST is never repeated blindly; 429 and <c>Retry-After</c> honoured; attempt
    /// and total timeouts from the options) and, inside it, telemetry, the OAuth bearer handler (single-flight refresh,
    /// one refresh and replay on 401) and the client-side rate limit. Also registers <see cref="MyCaseOAuthClient"/>,
    /// <see cref="MyCaseCaseSource"/> (also as <see cref="ICaseSource"/>), <see cref="MyCaseFirmCatalog"/>,
    /// <see cref="MyCaseDocuments"/> (its presigned PUTs go through a separate client without the bearer token) and
    /// <see cref="MyCaseWebhooks"/>. Every client follows no redirect (no token, secret or refresh token reaches another
    /// host), reads error bodies under <see cref="MyCaseOptions.MaxErrorBodyBytes"/> and logs no header but an allow-list. Register an <see cref="IMyCaseTokenStore"/> (tokens survive restarts only in a
    /// store of yours) or an <see cref="IClock"/> before calling to replace the in-memory store and the system clock.
    /// </summary>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddMyCase(this IServiceCollection services, Action<MyCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, configure);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service of <see cref="AddMyCase"/> is registered as a
    /// keyed service under <paramref name="firmKey"/> (resolve with
    /// <c>GetRequiredKeyedService&lt;MyCaseCaseSource&gt;(firmKey)</c>), with the firm's own named options, HTTP
    /// clients, rate limit and token cache. Register the firm's <see cref="IMyCaseTokenStore"/> as a keyed service under
    /// the same key first (an in-memory one otherwise). The firm's <c>firm_uuid</c> makes a good key.
    /// </summary>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedMyCase(this IServiceCollection services, string firmKey, Action<MyCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, firmKey, configure);
    }

    private static IHttpClientBuilder Register(IServiceCollection services, string? key, Action<MyCaseOptions> configure)
    {
        var optionsName = key ?? Options.DefaultName;
        services.AddOptions<MyCaseOptions>(optionsName).Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MyCaseOptions>, MyCaseOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        MyCaseSettings Settings(IServiceProvider sp) => new(sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>(), optionsName, key);
        T Get<T>(IServiceProvider sp)
            where T : notnull => key is null ? sp.GetRequiredService<T>() : sp.GetRequiredKeyedService<T>(key);
        void Singleton<T>(Func<IServiceProvider, T> factory)
            where T : class
        {
            if (key is null)
            {
                services.TryAddSingleton(factory);
            }
            else
            {
                services.TryAddKeyedSingleton(key, (sp, _) => factory(sp));
            }
        }

        Singleton<IMyCaseTokenStore>(_ => new InMemoryMyCaseTokenStore());
        Singleton(sp => new MyCaseTokenEndpoint(sp.GetRequiredService<IHttpClientFactory>(), Settings(sp), sp.GetRequiredService<IClock>()));
        Singleton(sp => new MyCaseTokenManager(
            Get<IMyCaseTokenStore>(sp),
            Get<MyCaseTokenEndpoint>(sp),
            Settings(sp),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<MyCaseTokenManager>>() ?? NullLogger<MyCaseTokenManager>.Instance));
        Singleton(sp => new MyCaseRateLimiter(Settings(sp)));
        Singleton(sp => new MyCaseOAuthClient(Settings(sp), Get<MyCaseTokenEndpoint>(sp), Get<IMyCaseTokenStore>(sp)));
        Singleton(sp => new MyCaseCaseSource(Get<IMyCaseApi>(sp), sp.GetRequiredService<IHttpClientFactory>(), Settings(sp)));
        Singleton<ICaseSource>(Get<MyCaseCaseSource>);
        Singleton(sp => new MyCaseFirmCatalog(Get<IMyCaseApi>(sp), Settings(sp)));
        Singleton(sp => new MyCaseWebhooks(Get<IMyCaseApi>(sp), Get<MyCaseCaseSource>(sp), Settings(sp), sp.GetRequiredService<IClock>()));
        Singleton(sp => new MyCaseDocuments(Get<IMyCaseApi>(sp), sp.GetRequiredService<IHttpClientFactory>(), Settings(sp)));

        // The authorization server: its POSTs are never retried (a refresh token is single use), and only the token
        // request's own timeout bounds them, not the API's attempt timeout (see AddTokenResilience).
        var authentication = services.AddHttpClient(MyCaseSettings.AuthClientNameFor(key))
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Settings(sp).Current.AuthorizationServer);
        // A token request that MyCase answered has spent its single-use code or refresh token: never repeated, and no
        // attempt timeout shorter than TokenRequestTimeout may cut it.
        ConnectorHttpDefaults.Apply(
            authentication,
            sp => Settings(sp).Current.HttpSettings with
            {
                MaxRetryAttempts = 0,
                AttemptTimeout = Settings(sp).Current.TokenRequestTimeout,
                TotalTimeout = Settings(sp).Current.TokenRequestTimeout,
            },
            MyCaseTelemetry.Instance.Retries);

        // Presigned uploads: no bearer token, no rate limit (another host); the PUT is repeated by MyCaseDocuments itself.
        Defaults(services.AddHttpClient(MyCaseSettings.UploadClientNameFor(key)), Settings);

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(MyCaseJsonContext.Default.Options));
        var builder = key is null
            ? services.AddRefitGeneratedClient<IMyCaseApi>(_ => settings, MyCaseSettings.ApiClientNameFor(key))
            : services.AddKeyedRefitGeneratedClient<IMyCaseApi>(key, settings, MyCaseSettings.ApiClientNameFor(key));
        builder.ConfigureHttpClient((sp, client) => client.BaseAddress = Settings(sp).Current.BaseAddress);
        ConnectorHttpDefaults.Apply(builder, sp => Settings(sp).Current.HttpSettings, MyCaseTelemetry.Instance.Retries, "MyCase:MaxPageBytes");

        // Inside the resilience handler: every attempt is a span, carries a fresh token and waits for a rate permit.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(MyCaseTelemetry.Instance));
        // Off the API host (a presigned URL, say) even an Authorization header set by someone else is dropped.
        builder.AddHttpMessageHandler(sp =>
        {
            var settings = Settings(sp);
            return new BearerTokenHandler(Get<MyCaseTokenManager>(sp), () => settings.Current.BaseAddress);
        });
        builder.AddHttpMessageHandler(sp => new MyCaseRateLimitHandler(Get<MyCaseRateLimiter>(sp)));
        return builder;
    }

    // Resilience, redacted logging, no redirects, bounded error bodies: the same for the API, token and upload clients.
    private static void Defaults(IHttpClientBuilder builder, Func<IServiceProvider, MyCaseSettings> settings) =>
        ConnectorHttpDefaults.Apply(builder, sp => settings(sp).Current.HttpSettings, MyCaseTelemetry.Instance.Retries);
}
