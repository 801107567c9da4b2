using Connectors.CasePeer.Authentication;
using Connectors.CasePeer.Documents;
using Connectors.CasePeer.Messages;
using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Connectors.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Refit;

namespace Connectors.CasePeer;

/// <summary>Registers the CASEpeer connector.</summary>
public static class CasePeerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICasePeerApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods: a POST is never repeated blindly; <c>Retry-After</c> honoured; attempt and total
    /// timeouts from the options), the key handler inside it, options validated at start-up, and
    /// <see cref="CasePeerCaseSource"/> (also as <see cref="ICaseSource"/>), <see cref="CasePeerMessages"/> and
    /// <see cref="CasePeerDocuments"/>.
    /// </summary>
    /// <returns>The HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCasePeer(this IServiceCollection services, Action<CasePeerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<CasePeerOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CasePeerOptions>, CasePeerOptionsValidator>());
        services.TryAddTransient<CasePeerApiKeyHandler>();
        services.TryAddSingleton<CasePeerCaseSource>();
        services.TryAddSingleton<ICaseSource>(sp => sp.GetRequiredService<CasePeerCaseSource>());
        services.TryAddSingleton<CasePeerMessages>();
        services.TryAddSingleton<CasePeerDocuments>();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CasePeerJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<ICasePeerApi>(_ => settings)
            .ConfigureHttpClient((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>().CurrentValue.BaseAddress;
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline owns time
            });
        // Outside the resilience handler: the answer the pipeline hands back is read up to CasePeer:MaxPageBytes.
        builder.AddHttpMessageHandler(sp =>
        {
            var monitor = sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>();
            return new ResponseBodyLimitHandler(() => monitor.CurrentValue.MaxPageBytes, "CasePeer:MaxPageBytes");
        });
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>().CurrentValue;
            ConnectorResilience.Configure(
                resilience, options.MaxRetryAttempts, options.RetryBaseDelay, options.AttemptTimeout, options.TotalTimeout, CasePeerTelemetry.Instance.Retries);
        });
        // Inside the resilience handler: every attempt is a span and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CasePeerTelemetry.Instance));
        builder.AddHttpMessageHandler<CasePeerApiKeyHandler>();
        return builder;
    }
}
