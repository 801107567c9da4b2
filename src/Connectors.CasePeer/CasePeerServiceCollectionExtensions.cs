using Connectors.CasePeer.Documents;
using Connectors.CasePeer.Messages;
using Connectors.Core.Diagnostics;
using Connectors.Shared;
using Connectors.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Refit;

namespace Connectors.CasePeer;

/// <summary>Registers the CASEpeer connector.</summary>
public static class CasePeerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICasePeerApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods: a POST is never repeated blindly; <c>Retry-After</c> honoured; attempt and total
    /// timeouts from the options), the key handler inside it (the key goes to the configured host only, and no redirect
    /// is followed), error bodies read under <see cref="CasePeerOptions.MaxErrorBodyBytes"/>, logged headers redacted,
    /// options validated at start-up, and
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
        services.TryAddSingleton<CasePeerCaseSource>();
        services.TryAddSingleton<ICaseSource>(sp => sp.GetRequiredService<CasePeerCaseSource>());
        services.TryAddSingleton<CasePeerMessages>();
        services.TryAddSingleton<CasePeerDocuments>();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CasePeerJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<ICasePeerApi>(_ => settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>().CurrentValue.BaseAddress);
        ConnectorHttpDefaults.Apply(builder, sp => sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>().CurrentValue.HttpSettings, CasePeerTelemetry.Instance.Retries, "CasePeer:MaxPageBytes");
        // Inside the resilience handler: every attempt is a span and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CasePeerTelemetry.Instance));
        builder.AddHttpMessageHandler(sp =>
        {
            var options = sp.GetRequiredService<IOptionsMonitor<CasePeerOptions>>();
            return new ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential);
        });
        return builder;
    }
}
