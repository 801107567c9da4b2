using Connectors.Core.Diagnostics;
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
using Polly;
using Refit;

namespace Connectors.MyCase;

/// <summary>Registers the MyCase connector.</summary>
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
        services.AddOptions<MyCaseOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MyCaseOptions>, MyCaseOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IMyCaseTokenStore, InMemoryMyCaseTokenStore>();
        services.TryAddSingleton<MyCaseTokenEndpoint>();
        services.TryAddSingleton(sp => new MyCaseTokenManager(
            sp.GetRequiredService<IMyCaseTokenStore>(),
            sp.GetRequiredService<MyCaseTokenEndpoint>(),
            sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>(),
            sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<MyCaseTokenManager>>() ?? NullLogger<MyCaseTokenManager>.Instance));
        services.TryAddSingleton<MyCaseRateLimiter>();
        services.TryAddTransient<MyCaseBearerHandler>();
        services.TryAddTransient<MyCaseRateLimitHandler>();
        services.TryAddSingleton(sp => new MyCaseOAuthClient(
            sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>(), sp.GetRequiredService<MyCaseTokenEndpoint>(), sp.GetRequiredService<IMyCaseTokenStore>()));
        services.TryAddSingleton<MyCaseCaseSource>();
        services.TryAddSingleton<ICaseSource>(sp => sp.GetRequiredService<MyCaseCaseSource>());
        services.TryAddSingleton<MyCaseFirmCatalog>();
        services.TryAddSingleton<MyCaseWebhooks>();
        services.TryAddSingleton(sp => new MyCaseDocuments(
            sp.GetRequiredService<IMyCaseApi>(), sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>()));

        // The authorization server: its POSTs are never retried (a refresh token is single use).
        var authentication = services.AddHttpClient(MyCaseTokenEndpoint.ClientName)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().CurrentValue.AuthorizationServer);
        AddResilience(authentication);

        // Presigned uploads: no bearer token, no rate limit (another host); the PUT is repeated by MyCaseDocuments itself.
        AddResilience(services.AddHttpClient(MyCaseDocuments.UploadClientName));

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(MyCaseJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<IMyCaseApi>(_ => settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().CurrentValue.BaseAddress);
        AddResilience(builder);

        // Inside the resilience handler: every attempt is a span, carries a fresh token and waits for a rate permit.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(MyCaseTelemetry.Instance));
        builder.AddHttpMessageHandler<MyCaseBearerHandler>();
        builder.AddHttpMessageHandler<MyCaseRateLimitHandler>();
        return builder;
    }

    private static void AddResilience(IHttpClientBuilder builder)
    {
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan); // the resilience pipeline owns time
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().CurrentValue;
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts);
            resilience.Retry.ShouldHandle = options.MaxRetryAttempts == 0 ? _ => PredicateResult.False() : resilience.Retry.ShouldHandle;
            resilience.Retry.Delay = options.RetryBaseDelay;
            resilience.Retry.UseJitter = options.RetryBaseDelay > TimeSpan.Zero;
            resilience.Retry.ShouldRetryAfterHeader = true;
            resilience.Retry.OnRetry = _ =>
            {
                MyCaseTelemetry.Instance.Retries.Add(1);
                return ValueTask.CompletedTask;
            };
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
            resilience.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2 > resilience.CircuitBreaker.SamplingDuration
                ? options.AttemptTimeout * 2
                : resilience.CircuitBreaker.SamplingDuration;
        });
    }
}
