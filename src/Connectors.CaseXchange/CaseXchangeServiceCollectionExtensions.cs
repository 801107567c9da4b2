using Connectors.CaseXchange.Authentication;
using Connectors.CaseXchange.Http;
using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace Connectors.CaseXchange;

/// <summary>Registers the Case Xchange connector.</summary>
public static class CaseXchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICaseXchangeApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods, <c>Retry-After</c> honoured, attempt and total timeouts from the options), and
    /// inside it the telemetry, rate-limit and key handlers; options validated at start-up (a malformed key fails
    /// there); and <see cref="CaseXchangeClient"/>.
    /// </summary>
    /// <returns>The HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCaseXchange(this IServiceCollection services, Action<CaseXchangeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CaseXchangeOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CaseXchangeOptions>, CaseXchangeOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CaseXchangeRateLimitState>();
        services.TryAddTransient<CaseXchangeRateLimitHandler>();
        services.TryAddTransient<CaseXchangeRateLimitObserver>();
        services.TryAddTransient<CaseXchangeApiKeyHandler>();
        services.TryAddSingleton<CaseXchangeClient>();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CaseXchangeJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<ICaseXchangeApi>(_ => settings)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue.EffectiveBaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns time
            });
        // Outside the resilience handler: the answer the pipeline hands back is read up to CaseXchange:MaxPageBytes.
        builder.AddHttpMessageHandler(sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>();
            return new ResponseBodyLimitHandler(() => monitor.CurrentValue.MaxPageBytes, "CaseXchange:MaxPageBytes");
        });
        // Outside the resilience handler too: waiting out an exhausted limit counts against no timeout.
        builder.AddHttpMessageHandler<CaseXchangeRateLimitHandler>();
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue;
            ConnectorResilience.Configure(
                resilience, options.MaxRetryAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout, CaseXchangeTelemetry.Instance.Retries);
        });
        // Inside the resilience handler: every attempt is a span, has its limit headers recorded, and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CaseXchangeTelemetry.Instance));
        builder.AddHttpMessageHandler<CaseXchangeRateLimitObserver>();
        builder.AddHttpMessageHandler<CaseXchangeApiKeyHandler>();
        return builder;
    }
}
