using Connectors.Core.Sources;
using Connectors.SmartAdvocate.Authentication;
using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NodaTime;
using Polly;
using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>Registers the SmartAdvocate connector.</summary>
public static class SmartAdvocateServiceCollectionExtensions
{
    /// <summary>
    /// Registers both SmartAdvocate APIs (<see cref="ISmartAdvocateCaseSyncApi"/>, <see cref="ISmartAdvocateDialerApi"/>),
    /// <see cref="SmartAdvocateCaseSource"/> (also as <see cref="ICaseSource"/>), <see cref="SmartAdvocateCaseSyncClient"/>
    /// and <see cref="SmartAdvocateDialerClient"/>. Options bind from <paramref name="configSectionPath"/>, then
    /// <paramref name="configure"/> runs; they are validated at start-up. Each client gets the standard resilience
    /// handler with retries only for safe methods (a POST is never repeated), and its authentication handler inside it.
    /// Register <see cref="IClock"/> or <see cref="DialerVocabulary"/> before calling to replace the defaults.
    /// </summary>
    public static SmartAdvocateClientBuilders AddSmartAdvocate(
        this IServiceCollection services,
        Action<SmartAdvocateOptions>? configure = null,
        string configSectionPath = SmartAdvocateOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configSectionPath);
        var optionsBuilder = services.AddOptions<SmartAdvocateOptions>().ValidateOnStart();

        // Bind from configuration when the host has one (a console sample may not); the caller's delegate runs after.
        services.AddSingleton<IConfigureOptions<SmartAdvocateOptions>>(sp => new ConfigureNamedOptions<SmartAdvocateOptions>(Microsoft.Extensions.Options.Options.DefaultName, options =>
        {
            if (sp.GetService<IConfiguration>() is { } configuration)
            {
                configuration.GetSection(configSectionPath).Bind(options);
            }
        }));
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmartAdvocateOptions>, SmartAdvocateOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmartAdvocateOptions>, SmartAdvocateOptionsAnnotationsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(DialerVocabulary.Default);
        services.TryAddSingleton<SmartAdvocateTokenProvider>();
        services.TryAddTransient<SmartAdvocateBearerHandler>();
        services.TryAddTransient<SmartAdvocateApiKeyHandler>();

        var authentication = services.AddHttpClient(SmartAdvocateTokenProvider.AuthClientName)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Options(sp).BaseAddress);
        AddResilience(authentication);

        var caseSync = services.AddRefitGeneratedClient<ISmartAdvocateCaseSyncApi>(_ => SmartAdvocateRefit.Settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Options(sp).BaseAddress);
        AddResilience(caseSync);
        caseSync.AddHttpMessageHandler<SmartAdvocateBearerHandler>();

        var dialer = services.AddRefitGeneratedClient<ISmartAdvocateDialerApi>(_ => SmartAdvocateRefit.Settings)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Options(sp).EffectiveDialerBaseAddress);
        AddResilience(dialer);
        dialer.AddHttpMessageHandler<SmartAdvocateApiKeyHandler>();

        services.TryAddTransient(sp => new SmartAdvocateCaseSource(sp.GetRequiredService<ISmartAdvocateCaseSyncApi>(), sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>()));
        services.TryAddEnumerable(ServiceDescriptor.Transient<ICaseSource, SmartAdvocateCaseSource>(sp => sp.GetRequiredService<SmartAdvocateCaseSource>()));
        services.TryAddTransient(sp => new SmartAdvocateCaseSyncClient(sp.GetRequiredService<ISmartAdvocateCaseSyncApi>(), sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>()));
        services.TryAddTransient(sp => new SmartAdvocateDialerClient(
            sp.GetRequiredService<ISmartAdvocateDialerApi>(),
            sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<DialerVocabulary>()));

        return new SmartAdvocateClientBuilders(caseSync, dialer, authentication);
    }

    private static SmartAdvocateOptions Options(IServiceProvider services) => services.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().CurrentValue;

    private static void AddResilience(IHttpClientBuilder builder)
    {
        // The resilience pipeline owns time: HttpClient.Timeout stays infinite, attempt and total timeouts come from the options.
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
        {
            var options = Options(sp);
            resilience.Retry.DisableForUnsafeHttpMethods();
            resilience.Retry.MaxRetryAttempts = Math.Max(1, options.MaxRetryAttempts);
            resilience.Retry.ShouldHandle = options.MaxRetryAttempts == 0 ? _ => PredicateResult.False() : resilience.Retry.ShouldHandle;
            resilience.Retry.Delay = options.RetryBaseDelay;
            resilience.Retry.BackoffType = DelayBackoffType.Exponential;
            resilience.Retry.UseJitter = options.RetryBaseDelay > TimeSpan.Zero;
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = options.TotalTimeout;
            resilience.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2 > resilience.CircuitBreaker.SamplingDuration
                ? options.AttemptTimeout * 2
                : resilience.CircuitBreaker.SamplingDuration;
        });
    }
}
