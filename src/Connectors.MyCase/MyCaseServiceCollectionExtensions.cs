using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Connectors.Core.Sources;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Documents;
using Connectors.MyCase.Http;
using Connectors.MyCase.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
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
    /// <see cref="MyCaseWebhooks"/>. Register an <see cref="IMyCaseTokenStore"/> (tokens survive restarts only in a
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
        Singleton(sp => new MyCaseWebhooks(Get<IMyCaseApi>(sp), Get<MyCaseCaseSource>(sp), Settings(sp)));
        Singleton(sp => new MyCaseDocuments(Get<IMyCaseApi>(sp), sp.GetRequiredService<IHttpClientFactory>(), Settings(sp)));

        // The authorization server: its POSTs are never retried (a refresh token is single use).
        var authentication = services.AddHttpClient(MyCaseSettings.AuthClientNameFor(key))
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Settings(sp).Current.AuthorizationServer);
        AddResilience(authentication, Settings);

        // Presigned uploads: no bearer token, no rate limit (another host); the PUT is repeated by MyCaseDocuments itself.
        AddResilience(services.AddHttpClient(MyCaseSettings.UploadClientNameFor(key)), Settings);

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(MyCaseJsonContext.Default.Options));
        var builder = key is null
            ? services.AddRefitGeneratedClient<IMyCaseApi>(_ => settings, MyCaseSettings.ApiClientNameFor(key))
            : services.AddKeyedRefitGeneratedClient<IMyCaseApi>(key, settings, MyCaseSettings.ApiClientNameFor(key));
        builder.ConfigureHttpClient((sp, client) => client.BaseAddress = Settings(sp).Current.BaseAddress);
        // Outside the resilience handler: every answer, case pages included, is read up to MyCase:MaxPageBytes.
        builder.AddHttpMessageHandler(sp =>
        {
            var settings = Settings(sp);
            return new ResponseBodyLimitHandler(() => settings.Current.MaxPageBytes, "MyCase:MaxPageBytes");
        });
        AddResilience(builder, Settings);

        // Inside the resilience handler: every attempt is a span, carries a fresh token and waits for a rate permit.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(MyCaseTelemetry.Instance));
        // Off the API host (a presigned URL, say) even an Authorization header set by someone else is dropped.
        builder.AddHttpMessageHandler(sp =>
        {
            var settings = Settings(sp);
            return new BearerTokenHandler(Get<MyCaseTokenManager>(sp), () => settings.Current.BaseAddress, clearAuthorizationElsewhere: true);
        });
        builder.AddHttpMessageHandler(sp => new MyCaseRateLimitHandler(Get<MyCaseRateLimiter>(sp)));
        return builder;
    }

    private static void AddResilience(IHttpClientBuilder builder, Func<IServiceProvider, MyCaseSettings> settings)
    {
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan); // the resilience pipeline owns time
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var options = settings(sp).Current;
            ConnectorResilience.Configure(
                resilience, options.MaxRetryAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout, MyCaseTelemetry.Instance.Retries);
        });
    }
}
