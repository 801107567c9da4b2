using Connectors.CaseXchange.Authentication;
using Connectors.CaseXchange.Http;
using Connectors.CaseXchange.Writes;
using Connectors.Core.Diagnostics;
using Connectors.Shared;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

using Refit;

namespace Connectors.CaseXchange;

/// <summary>Registers the Case Xchange connector, for one firm or, keyed, for many.</summary>
public static class CaseXchangeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ICaseXchangeApi"/> through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods, <c>Retry-After</c> honoured, attempt and total timeouts from the options), and
    /// inside it the telemetry, rate-limit and key handlers (the key goes to the configured host only, and no redirect is
    /// followed); error bodies read under <see cref="Core.Http.ConnectorOptions.MaxErrorBodyBytes"/>; logged headers
    /// redacted; options validated at start-up (a malformed key fails there); and the singleton <see cref="CaseXchangeClient"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCaseXchange(this IServiceCollection services, Action<CaseXchangeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, null, configure);
    }

    /// <summary>
    /// As <see cref="AddCaseXchange(IServiceCollection, Action{CaseXchangeOptions})"/>, with the options bound from the
    /// configuration section <paramref name="configSectionPath"/> (the host's <c>IConfiguration</c>), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configSectionPath">The section the options bind from; <c>CaseXchange</c> by default.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCaseXchange(
        this IServiceCollection services,
        string configSectionPath = CaseXchangeOptions.SectionName,
        Action<CaseXchangeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        return Register(services, null, configSectionPath, configure);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service of <c>AddCaseXchange</c> is registered as a keyed
    /// singleton under <paramref name="firmKey"/> (resolve with <c>GetRequiredKeyedService&lt;CaseXchangeClient&gt;(firmKey)</c>),
    /// with the firm's own named options (named <paramref name="firmKey"/>), HTTP client and rate-limit state.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configure">Sets the firm's options in code.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedCaseXchange(
        this IServiceCollection services, string firmKey, Action<CaseXchangeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, firmKey, null, configure);
    }

    /// <summary>
    /// As <see cref="AddKeyedCaseXchange(IServiceCollection, string, Action{CaseXchangeOptions})"/>, with the firm's options
    /// bound from <paramref name="configSectionPath"/> (<c>CaseXchange:{firmKey}</c> by default), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configSectionPath">The section the firm's options bind from; null for <c>CaseXchange:{firmKey}</c>.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedCaseXchange(
        this IServiceCollection services, string firmKey, string? configSectionPath = null, Action<CaseXchangeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        return Register(services, firmKey, configSectionPath ?? $"{CaseXchangeOptions.SectionName}:{firmKey}", configure);
    }

    private static IHttpClientBuilder Register(
        IServiceCollection services, string? key, string? section, Action<CaseXchangeOptions>? configure)
    {
        var registration = new ConnectorRegistration<CaseXchangeOptions>(
            services, "CaseXchange", key, section is null ? null : options => options.BindConfiguration(section), configure);
        registration.Validator<CaseXchangeOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // One limit per key: each firm's key has its own budget at Case Xchange.
        registration.Singleton(sp => new CaseXchangeRateLimitState(sp.GetRequiredService<TimeProvider>()));
        registration.Singleton(sp => new CaseXchangeClient(registration.Get<ICaseXchangeApi>(sp), registration.Monitor(sp)));
        registration.Singleton(sp => new CaseXchangeNoteWriter(registration.Get<CaseXchangeClient>(sp)));
        registration.NoteWriter<CaseXchangeNoteWriter>();

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CaseXchangeJsonContext.Default.Options));
        var builder = registration.RefitClient<ICaseXchangeApi>(settings, "Api", options => options.EffectiveBaseAddress);
        // Outside the resilience handler: waiting out an exhausted limit counts against no timeout.
        builder.AddHttpMessageHandler(sp =>
            new CaseXchangeRateLimitHandler(registration.Get<CaseXchangeRateLimitState>(sp), sp.GetRequiredService<TimeProvider>()));
        registration.Defaults(builder, options => options.HttpSettings, CaseXchangeTelemetry.Instance.Retries, "CaseXchange:MaxPageBytes");
        // Inside the resilience handler: every attempt is a span, has its limit headers recorded, and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CaseXchangeTelemetry.Instance));
        builder.AddHttpMessageHandler(sp => new CaseXchangeRateLimitObserver(registration.Get<CaseXchangeRateLimitState>(sp)));
        builder.AddHttpMessageHandler(sp => new CaseXchangeKeyTierHandler(registration.Monitor(sp)));
        builder.AddHttpMessageHandler(sp =>
        {
            var options = registration.Monitor(sp);
            return new ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential);
        });
        return builder;
    }
}
