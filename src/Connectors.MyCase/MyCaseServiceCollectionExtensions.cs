using Connectors.Core.Diagnostics;
using Connectors.Core.Sources;
using Connectors.Core.Writes;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Http;
using Connectors.MyCase.Webhooks;
using Connectors.MyCase.Writes;
using Connectors.Shared;

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
    /// <see cref="MyCaseDocumentWriter"/> (also as <see cref="ICaseDocumentWriter"/>; its presigned PUTs go through a
    /// separate client without the bearer token) and
    /// <see cref="MyCaseWebhooks"/>. Every client follows no redirect (no token, secret or refresh token reaches another
    /// host), reads error bodies under <see cref="Core.Http.ConnectorOptions.MaxErrorBodyBytes"/> and logs no header but an allow-list.
    /// Register an <see cref="IMyCaseTokenStore"/> (tokens survive restarts only in a
    /// store of yours) or an <see cref="IClock"/> before calling to replace the in-memory store and the system clock.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddMyCase(this IServiceCollection services, Action<MyCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, null, configure);
    }

    /// <summary>
    /// As <see cref="AddMyCase(IServiceCollection, Action{MyCaseOptions})"/>, with the options bound from the
    /// configuration section <paramref name="configSectionPath"/> (the host's <c>IConfiguration</c>), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configSectionPath">The section the options bind from; <c>MyCase</c> by default.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddMyCase(
        this IServiceCollection services, string configSectionPath = MyCaseOptions.SectionName, Action<MyCaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        return Register(services, null, configSectionPath, configure);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service of <c>AddMyCase</c> is registered as a keyed
    /// singleton under <paramref name="firmKey"/> (resolve with
    /// <c>GetRequiredKeyedService&lt;MyCaseCaseSource&gt;(firmKey)</c>), with the firm's own named options (named
    /// <paramref name="firmKey"/>), HTTP clients, rate limit and token cache. Register the firm's
    /// <see cref="IMyCaseTokenStore"/> as a keyed service under the same key first (an in-memory one otherwise). The
    /// firm's <c>firm_uuid</c> makes a good key.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configure">Sets the firm's options in code.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedMyCase(this IServiceCollection services, string firmKey, Action<MyCaseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, firmKey, null, configure);
    }

    /// <summary>
    /// As <see cref="AddKeyedMyCase(IServiceCollection, string, Action{MyCaseOptions})"/>, with the firm's options bound
    /// from <paramref name="configSectionPath"/> (<c>MyCase:{firmKey}</c> by default), then <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configSectionPath">The section the firm's options bind from; null for <c>MyCase:{firmKey}</c>.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedMyCase(
        this IServiceCollection services, string firmKey, string? configSectionPath = null, Action<MyCaseOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        return Register(services, firmKey, configSectionPath ?? $"{MyCaseOptions.SectionName}:{firmKey}", configure);
    }

    private static IHttpClientBuilder Register(IServiceCollection services, string? key, string? section, Action<MyCaseOptions>? configure)
    {
        var registration = new ConnectorRegistration<MyCaseOptions>(
            services, "MyCase", key, section is null ? null : options => options.BindConfiguration(section), configure);
        registration.Validator<MyCaseOptionsValidator>();
        services.TryAddSingleton<IClock>(SystemClock.Instance);

        MyCaseSettings Settings(IServiceProvider sp) => new(
            sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>(),
            registration.OptionsName,
            key);
        T Get<T>(IServiceProvider sp)
            where T : notnull => registration.Get<T>(sp);

        registration.Singleton<IMyCaseTokenStore>(_ => new InMemoryMyCaseTokenStore());
        registration.Singleton(sp => new MyCaseTokenEndpoint(
            sp.GetRequiredService<IHttpClientFactory>(),
            Settings(sp),
            sp.GetRequiredService<IClock>()));
        registration.Singleton(sp => new MyCaseTokenManager(
            Get<IMyCaseTokenStore>(sp),
            Get<MyCaseTokenEndpoint>(sp),
            Settings(sp),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<MyCaseTokenManager>>() ?? NullLogger<MyCaseTokenManager>.Instance));
        registration.Singleton(sp => new MyCaseRateLimiter(Settings(sp)));
        registration.Singleton(sp => new MyCaseOAuthClient(Settings(sp), Get<MyCaseTokenEndpoint>(sp), Get<IMyCaseTokenStore>(sp)));
        registration.Singleton(sp => new MyCaseCaseSource(Get<IMyCaseApi>(sp), Settings(sp)));
        registration.CaseSource<MyCaseCaseSource>();
        registration.Singleton(sp => new MyCaseFirmCatalog(Get<IMyCaseApi>(sp), Settings(sp)));
        registration.Singleton(sp => new MyCaseWebhooks(
            Get<IMyCaseApi>(sp),
            Get<MyCaseCaseSource>(sp),
            Settings(sp),
            sp.GetRequiredService<IClock>()));
        registration.Singleton(sp => new MyCaseDocumentWriter(
            Get<IMyCaseApi>(sp),
            sp.GetRequiredService<IHttpClientFactory>(),
            Settings(sp)));
        registration.DocumentWriter<MyCaseDocumentWriter>();

        // The authorization server: its POSTs are never retried (a refresh token is single use), and only the token
        // request's own timeout bounds them, not the API's attempt timeout.
        var authentication = registration.HttpClient("Authentication", options => options.AuthorizationServer);
        // A token request that MyCase answered has spent its single-use code or refresh token: never repeated, and no
        // attempt timeout shorter than TokenRequestTimeout may cut it.
        registration.Defaults(
            authentication,
            options => options.HttpSettings with
            {
                MaxRetryAttempts = 0,
                AttemptTimeout = options.TokenRequestTimeout,
                TotalTimeout = options.TokenRequestTimeout,
            },
            MyCaseTelemetry.Instance.Retries);

        // Presigned uploads: no bearer token, no rate limit (another host); the PUT is repeated by MyCaseDocumentWriter itself.
        registration.Defaults(registration.HttpClient("Upload"), options => options.HttpSettings, MyCaseTelemetry.Instance.Retries);

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(MyCaseJsonContext.Default.Options));
        var builder = registration.RefitClient<IMyCaseApi>(settings, "Api", options => options.BaseAddress);
        registration.Defaults(builder, options => options.HttpSettings, MyCaseTelemetry.Instance.Retries, "MyCase:MaxPageBytes");

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
}
