using Connectors.CaseXchange.Authentication;
using Connectors.CaseXchange.Http;
using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Connectors.CaseXchange;

/// <summary>Registers the Case Xchange connector.</summary>
public static class CaseXchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICaseXchangeApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods, <c>Retry-After</c> honoured, attempt and total timeouts from the options), and
    /// inside it the telemetry, rate-limit and key handlers (the key goes to the configured host only, and no redirect is
    /// followed); error bodies read under <see cref="CaseXchangeOptions.MaxErrorBodyBytes"/>; logged headers redacted;
    /// options validated at start-up (a malformed key fails there); and <see cref="CaseXchangeClient"/>.
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
        services.TryAddTransient<CaseXchangeKeyTierHandler>();
        services.TryAddSingleton<CaseXchangeClient>();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CaseXchangeJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<ICaseXchangeApi>(_ => settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue.EffectiveBaseAddress);
        // Outside the resilience handler: waiting out an exhausted limit counts against no timeout.
        builder.AddHttpMessageHandler<CaseXchangeRateLimitHandler>();
        ConnectorHttpDefaults.Apply(
            builder, sp => sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue.HttpSettings, CaseXchangeTelemetry.Instance.Retries, "CaseXchange:MaxPageBytes");
        // Inside the resilience handler: every attempt is a span, has its limit headers recorded, and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CaseXchangeTelemetry.Instance));
        builder.AddHttpMessageHandler<CaseXchangeRateLimitObserver>();
        builder.AddHttpMessageHandler<CaseXchangeKeyTierHandler>();
        builder.AddHttpMessageHandler(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>();
            return new ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential);
        });
        return builder;
    }
}
