using Connectors.CasePeer.Messages;
using Connectors.CasePeer.Writes;
using Connectors.Core.Diagnostics;
using Connectors.Core.Sources;
using Connectors.Core.Writes;
using Connectors.Shared;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using Refit;

namespace Connectors.CasePeer;

/// <summary>Registers the CASEpeer connector, for one firm or, keyed, for many.</summary>
public static class CasePeerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the CASEpeer API client through <see cref="IHttpClientFactory"/> with the standard resilience handler
    /// (retries only for safe methods: a POST is never repeated blindly; <c>Retry-After</c> honoured; attempt and total
    /// timeouts from the options), the key handler inside it (the key goes to the configured host only, and no redirect
    /// is followed), error bodies read under <see cref="Core.Http.ConnectorOptions.MaxErrorBodyBytes"/>, logged headers
    /// redacted, options validated at start-up, and the singletons <see cref="CasePeerCaseSource"/> (also as
    /// <see cref="ICaseSource"/>), <see cref="CasePeerNoteWriter"/> (also as <see cref="ICaseNoteWriter"/>),
    /// <see cref="CasePeerDocumentWriter"/> (also as <see cref="ICaseDocumentWriter"/>) and <see cref="CasePeerMessages"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCasePeer(this IServiceCollection services, Action<CasePeerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, null, configure);
    }

    /// <summary>
    /// As <see cref="AddCasePeer(IServiceCollection, Action{CasePeerOptions})"/>, with the options bound from the
    /// configuration section <paramref name="configSectionPath"/> (the host's <c>IConfiguration</c>), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configSectionPath">The section the options bind from; <c>CasePeer</c> by default.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The API's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddCasePeer(
        this IServiceCollection services,
        string configSectionPath = CasePeerOptions.SectionName,
        Action<CasePeerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        return Register(services, null, configSectionPath, configure);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service of <c>AddCasePeer</c> is registered as a keyed
    /// singleton under <paramref name="firmKey"/> (resolve with
    /// <c>GetRequiredKeyedService&lt;CasePeerCaseSource&gt;(firmKey)</c> or
    /// <c>GetRequiredKeyedService&lt;ICaseNoteWriter&gt;(firmKey)</c>),
    /// with the firm's own named options (named <paramref name="firmKey"/>) and HTTP client.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configure">Sets the firm's options in code.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedCasePeer(
        this IServiceCollection services,
        string firmKey,
        Action<CasePeerOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, firmKey, null, configure);
    }

    /// <summary>
    /// As <see cref="AddKeyedCasePeer(IServiceCollection, string, Action{CasePeerOptions})"/>, with the firm's options
    /// bound from <paramref name="configSectionPath"/> (<c>CasePeer:{firmKey}</c> by default), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configSectionPath">The section the firm's options bind from; null for <c>CasePeer:{firmKey}</c>.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The firm's API HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedCasePeer(
        this IServiceCollection services,
        string firmKey,
        string? configSectionPath = null,
        Action<CasePeerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        return Register(services, firmKey, configSectionPath ?? $"{CasePeerOptions.SectionName}:{firmKey}", configure);
    }

    private static IHttpClientBuilder Register(
        IServiceCollection services,
        string? key,
        string? section,
        Action<CasePeerOptions>? configure)
    {
        var registration = new ConnectorRegistration<CasePeerOptions>(
            services, "CasePeer", key, section is null ? null : options => options.BindConfiguration(section), configure);
        registration.Validator<CasePeerOptionsValidator>();
        registration.Singleton(sp => new CasePeerCaseSource(registration.Get<ICasePeerApi>(sp), registration.Monitor(sp)));
        registration.CaseSource<CasePeerCaseSource>();
        registration.Singleton(sp => new CasePeerNoteWriter(registration.Get<ICasePeerApi>(sp), registration.Monitor(sp)));
        registration.NoteWriter<CasePeerNoteWriter>();
        registration.Singleton(sp => new CasePeerDocumentWriter(registration.Get<ICasePeerApi>(sp), registration.Monitor(sp)));
        registration.DocumentWriter<CasePeerDocumentWriter>();
        registration.Singleton(sp => new CasePeerMessages(registration.Get<ICasePeerApi>(sp), registration.Monitor(sp)));

        var settings = new RefitSettings(new SystemTextJsonContentSerializer(CasePeerJsonContext.Default.Options));
        var builder = registration.RefitClient<ICasePeerApi>(settings, "Api", options => options.BaseAddress);
        registration.Defaults(
            builder, options => options.HttpSettings, CasePeerTelemetry.Instance.Retries, "CasePeer:MaxPageBytes");
        // Inside the resilience handler: every attempt is a span and carries the key.
        builder.AddHttpMessageHandler(() => new TelemetryHandler(CasePeerTelemetry.Instance));
        builder.AddHttpMessageHandler(sp =>
        {
            var options = registration.Monitor(sp);
            return new ApiKeyHandler(() => options.CurrentValue.ApiKeyCredential);
        });
        return builder;
    }
}
