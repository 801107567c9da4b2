using Connectors.Core.Diagnostics;
using Connectors.Core.Sources;
using Connectors.Shared;
using Connectors.SmartAdvocate.Authentication;
using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Http;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using NodaTime;

using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>Registers the SmartAdvocate connector, for one firm or, keyed, for many.</summary>
public static class SmartAdvocateServiceCollectionExtensions
{
    /// <summary>
    /// Registers both SmartAdvocate APIs (<see cref="ISmartAdvocateCaseSyncApi"/>, <see cref="ISmartAdvocateDialerApi"/>),
    /// <see cref="SmartAdvocateCaseSource"/> (also as <see cref="ICaseSource"/>), <see cref="SmartAdvocateCaseSyncClient"/>
    /// and <see cref="SmartAdvocateDialerClient"/>. Options bind from <paramref name="configSectionPath"/> when the host
    /// has an <see cref="IConfiguration"/>, then <paramref name="configure"/> runs; they are validated at start-up. Each
    /// client gets the standard resilience handler with retries only for safe methods (a POST is never repeated by it;
    /// the dialer client resends a write only where that is safe, see <see cref="SmartAdvocateOptions.WriteAttempts"/>), and
    /// its authentication handler inside it; no client follows a redirect (no key, token or password reaches another
    /// host), error bodies are read under <see cref="SmartAdvocateOptions.MaxErrorBodyBytes"/> and logged headers are
    /// redacted. Register <see cref="IClock"/> or <see cref="DialerVocabulary"/> before
    /// calling to replace the defaults.
    /// </summary>
    public static SmartAdvocateClientBuilders AddSmartAdvocate(
        this IServiceCollection services,
        Action<SmartAdvocateOptions>? configure = null,
        string configSectionPath = SmartAdvocateOptions.SectionName)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configSectionPath);
        return Register(services, null, Microsoft.Extensions.Options.Options.DefaultName, configure, configSectionPath);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service above is registered as a keyed service under
    /// <paramref name="firmKey"/> (resolve with <c>GetRequiredKeyedService&lt;SmartAdvocateDialerClient&gt;(firmKey)</c>),
    /// with the firm's own named options (section <c>SmartAdvocate:{firmKey}</c> by default), HTTP clients and token cache.
    /// </summary>
    public static SmartAdvocateClientBuilders AddKeyedSmartAdvocate(
        this IServiceCollection services,
        string firmKey,
        Action<SmartAdvocateOptions>? configure = null,
        string? configSectionPath = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        return Register(services, firmKey, firmKey, configure, configSectionPath ?? $"{SmartAdvocateOptions.SectionName}:{firmKey}");
    }

    private static SmartAdvocateClientBuilders Register(IServiceCollection services, string? key, string optionsName, Action<SmartAdvocateOptions>? configure, string section)
    {
        var optionsBuilder = services.AddOptions<SmartAdvocateOptions>(optionsName).ValidateOnStart();

        // Bind from configuration when the host has one (a console sample may not); the caller's delegate runs after.
        services.AddSingleton<IConfigureOptions<SmartAdvocateOptions>>(sp => new ConfigureNamedOptions<SmartAdvocateOptions>(optionsName, options =>
        {
            if (sp.GetService<IConfiguration>() is { } configuration)
            {
                configuration.GetSection(section).Bind(options);
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

        var suffix = key is null ? "" : $"[{key}]";
        var authClientName = $"Connectors.SmartAdvocate.Authentication{suffix}";
        var caseSyncClientName = $"Connectors.SmartAdvocate.CaseSync{suffix}";
        var dialerClientName = $"Connectors.SmartAdvocate.Dialer{suffix}";
        FirmOptions Firm(IServiceProvider sp) => new(sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>(), optionsName);
        SmartAdvocateTokenProvider NewTokens(IServiceProvider sp) => new(
            sp.GetRequiredService<IHttpClientFactory>(), Firm(sp), sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<SmartAdvocateTokenProvider>>() ?? NullLogger<SmartAdvocateTokenProvider>.Instance, authClientName);

        var authentication = services.AddHttpClient(authClientName)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = Firm(sp).Current.BaseAddress);
        Defaults(authentication, optionsName);

        IHttpClientBuilder caseSync;
        IHttpClientBuilder dialer;
        if (key is null)
        {
            services.TryAddSingleton(NewTokens);
            caseSync = services.AddRefitGeneratedClient<ISmartAdvocateCaseSyncApi>(_ => SmartAdvocateRefit.Settings, caseSyncClientName);
            dialer = services.AddRefitGeneratedClient<ISmartAdvocateDialerApi>(_ => SmartAdvocateRefit.Settings, dialerClientName);
        }
        else
        {
            services.AddKeyedSingleton(key, (sp, _) => NewTokens(sp));
            caseSync = services.AddKeyedRefitGeneratedClient<ISmartAdvocateCaseSyncApi>(key, SmartAdvocateRefit.Settings, caseSyncClientName);
            dialer = services.AddKeyedRefitGeneratedClient<ISmartAdvocateDialerApi>(key, SmartAdvocateRefit.Settings, dialerClientName);
        }

        caseSync.ConfigureHttpClient((sp, client) => client.BaseAddress = Firm(sp).Current.BaseAddress);
        dialer.ConfigureHttpClient((sp, client) => client.BaseAddress = Firm(sp).Current.EffectiveDialerBaseAddress);
        Defaults(caseSync, optionsName);
        Defaults(dialer, optionsName);
        // Added after the resilience handler, so inside it: every attempt carries fresh credentials.
        dialer.AddHttpMessageHandler(sp =>
        {
            var firm = Firm(sp);
            return new ApiKeyHandler(() => firm.Current.DialerKeyCredential);
        });
        foreach (var builder in new[] { authentication, caseSync, dialer })
        {
            // Inside the resilience handler: one span and one duration per attempt.
            builder.AddHttpMessageHandler(() => new TelemetryHandler(SmartAdvocateTelemetry.Instance));
        }

        caseSync.AddHttpMessageHandler(sp =>
        {
            var firm = Firm(sp);
            return new BearerTokenHandler(
                key is null ? sp.GetRequiredService<SmartAdvocateTokenProvider>() : sp.GetRequiredKeyedService<SmartAdvocateTokenProvider>(key),
                () => firm.Current.BaseAddress);
        });

        if (key is null)
        {
            services.TryAddTransient(sp => new SmartAdvocateCaseSource(sp.GetRequiredService<ISmartAdvocateCaseSyncApi>(), Firm(sp)));
            services.TryAddEnumerable(ServiceDescriptor.Transient<ICaseSource, SmartAdvocateCaseSource>(sp => sp.GetRequiredService<SmartAdvocateCaseSource>()));
            services.TryAddTransient(sp => new SmartAdvocateCaseSyncClient(sp.GetRequiredService<ISmartAdvocateCaseSyncApi>(), Firm(sp)));
            services.TryAddTransient(sp => new SmartAdvocateDialerClient(
                sp.GetRequiredService<ISmartAdvocateDialerApi>(), sp.GetRequiredService<SmartAdvocateCaseSyncClient>(), Firm(sp), sp.GetRequiredService<IClock>(), sp.GetRequiredService<DialerVocabulary>()));
        }
        else
        {
            services.AddKeyedTransient(key, (sp, _) => new SmartAdvocateCaseSource(sp.GetRequiredKeyedService<ISmartAdvocateCaseSyncApi>(key), Firm(sp)));
            services.AddKeyedTransient<ICaseSource>(key, (sp, _) => sp.GetRequiredKeyedService<SmartAdvocateCaseSource>(key));
            services.AddKeyedTransient(key, (sp, _) => new SmartAdvocateCaseSyncClient(sp.GetRequiredKeyedService<ISmartAdvocateCaseSyncApi>(key), Firm(sp)));
            services.AddKeyedTransient(key, (sp, _) => new SmartAdvocateDialerClient(
                sp.GetRequiredKeyedService<ISmartAdvocateDialerApi>(key), sp.GetRequiredKeyedService<SmartAdvocateCaseSyncClient>(key), Firm(sp), sp.GetRequiredService<IClock>(), sp.GetRequiredService<DialerVocabulary>()));
        }

        return new SmartAdvocateClientBuilders(caseSync, dialer, authentication);
    }

    // Resilience, redacted logging, no redirects, bounded error bodies: the same for the sign-in, case sync and dialer clients.
    private static void Defaults(IHttpClientBuilder builder, string optionsName) => ConnectorHttpDefaults.Apply(
        builder, sp => sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().Get(optionsName).HttpSettings, SmartAdvocateTelemetry.Instance.Retries);
}
