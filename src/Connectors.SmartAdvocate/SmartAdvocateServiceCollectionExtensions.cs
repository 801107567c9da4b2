using Connectors.Core.Diagnostics;
using Connectors.Core.Sources;
using Connectors.Core.Writes;
using Connectors.Shared;
using Connectors.SmartAdvocate.Authentication;
using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Http;
using Connectors.SmartAdvocate.Writes;

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
    /// Registers both SmartAdvocate APIs (<see cref="ISmartAdvocateCaseSyncApi"/>; the Predictive Dialer's, internal,
    /// behind the dialer client) and the singletons <see cref="SmartAdvocateCaseSource"/> (also as <see cref="ICaseSource"/>),
    /// <see cref="SmartAdvocateCaseSyncClient"/>, <see cref="SmartAdvocateDialerClient"/> and
    /// <see cref="SmartAdvocateNoteWriter"/> (also as <see cref="ICaseNoteWriter"/>); options validated at
    /// start-up. Each client gets the standard resilience handler with retries only for safe methods and the sign-in (any
    /// other POST is never repeated by it; the dialer client resends a write only where that is safe, see
    /// <see cref="SmartAdvocateOptions.WriteAttempts"/>), and its authentication handler inside it; no client follows a
    /// redirect (no key, token or password reaches another host), error bodies are read under
    /// <see cref="Core.Http.ConnectorOptions.MaxErrorBodyBytes"/> and logged headers are redacted. Register
    /// <see cref="IClock"/> or <see cref="DialerVocabulary"/> before calling to replace the defaults.
    /// </summary>
    /// <remarks>
    /// SmartAdvocate has three HTTP clients (CaseSyncAPI, the Predictive Dialer, CaseSyncAPI's sign-in); like every
    /// connector's <c>AddXxx</c>, this returns one builder: CaseSyncAPI's, the client the case source reads through.
    /// Reach the other two from it with
    /// <see cref="SmartAdvocateHttpClientBuilderExtensions.SmartAdvocateDialer(IHttpClientBuilder)"/> and
    /// <see cref="SmartAdvocateHttpClientBuilderExtensions.SmartAdvocateSignIn(IHttpClientBuilder)"/>.
    /// </remarks>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the options in code.</param>
    /// <returns>CaseSyncAPI's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddSmartAdvocate(this IServiceCollection services, Action<SmartAdvocateOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, null, null, configure);
    }

    /// <summary>
    /// As <see cref="AddSmartAdvocate(IServiceCollection, Action{SmartAdvocateOptions})"/>, with the options bound from the
    /// configuration section <paramref name="configSectionPath"/> (the host's <c>IConfiguration</c>), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configSectionPath">The section the options bind from; <c>SmartAdvocate</c> by default.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>CaseSyncAPI's HTTP client builder, to chain handlers of your own.</returns>
    public static IHttpClientBuilder AddSmartAdvocate(
        this IServiceCollection services,
        string configSectionPath = SmartAdvocateOptions.SectionName,
        Action<SmartAdvocateOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(configSectionPath);
        return Register(services, null, configSectionPath, configure);
    }

    /// <summary>
    /// The keyed variant for hosts that serve many firms: every service of <c>AddSmartAdvocate</c> is registered as a
    /// keyed singleton under <paramref name="firmKey"/> (resolve with
    /// <c>GetRequiredKeyedService&lt;SmartAdvocateDialerClient&gt;(firmKey)</c>), with the firm's own named options
    /// (named <paramref name="firmKey"/>), HTTP clients and token cache.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configure">Sets the firm's options in code.</param>
    /// <returns>The firm's CaseSyncAPI HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedSmartAdvocate(
        this IServiceCollection services,
        string firmKey,
        Action<SmartAdvocateOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        ArgumentNullException.ThrowIfNull(configure);
        return Register(services, firmKey, null, configure);
    }

    /// <summary>
    /// As <see cref="AddKeyedSmartAdvocate(IServiceCollection, string, Action{SmartAdvocateOptions})"/>, with the firm's
    /// options bound from <paramref name="configSectionPath"/> (<c>SmartAdvocate:{firmKey}</c> by default), then
    /// <paramref name="configure"/>, if any.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="firmKey">The firm's key, also the name of its options.</param>
    /// <param name="configSectionPath">The section the firm's options bind from; null for <c>SmartAdvocate:{firmKey}</c>.</param>
    /// <param name="configure">Runs after binding; null for none.</param>
    /// <returns>The firm's CaseSyncAPI HTTP client builder.</returns>
    public static IHttpClientBuilder AddKeyedSmartAdvocate(
        this IServiceCollection services, string firmKey, string? configSectionPath = null, Action<SmartAdvocateOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(firmKey);
        return Register(services, firmKey, configSectionPath ?? $"{SmartAdvocateOptions.SectionName}:{firmKey}", configure);
    }

    private static IHttpClientBuilder Register(
        IServiceCollection services,
        string? key,
        string? section,
        Action<SmartAdvocateOptions>? configure)
    {
        var registration = new ConnectorRegistration<SmartAdvocateOptions>(
            services, Vendor, key, section is null ? null : options => options.BindConfiguration(section), configure);
        registration.Validator<SmartAdvocateOptionsValidator>();
        registration.Validator<SmartAdvocateOptionsAnnotationsValidator>();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(DialerVocabulary.Default);

        var authClientName = registration.ClientName(SignInPurpose);
        SmartAdvocateFirmOptions Firm(IServiceProvider sp) =>
            new(sp.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>(), registration.OptionsName);
        registration.Singleton(sp => new SmartAdvocateTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>(), Firm(sp), sp.GetRequiredService<IClock>(),
            sp.GetService<ILogger<SmartAdvocateTokenProvider>>() ?? NullLogger<SmartAdvocateTokenProvider>.Instance, authClientName));

        var authentication = registration.HttpClient(SignInPurpose, options => options.BaseAddress);
        var caseSync = registration.RefitClient<ISmartAdvocateCaseSyncApi>(SmartAdvocateRefit.Settings, CaseSyncPurpose, options =>
            options.BaseAddress);
        var dialer = registration.RefitClient<ISmartAdvocateDialerApi>(SmartAdvocateRefit.Settings, DialerPurpose, options =>
            options.EffectiveDialerBaseAddress);
        foreach (var builder in new[] { caseSync, dialer })
        {
            // Resilience, redacted logging, no redirects, bounded error bodies: the same for all three clients.
            registration.Defaults(builder, options => options.HttpSettings, SmartAdvocateTelemetry.Instance.Retries);
        }

        // Signing in changes nothing at SmartAdvocate: its POST is retried like a read.
        registration.Defaults(authentication, options => options.HttpSettings, SmartAdvocateTelemetry.Instance.Retries,
            postIsRepeatable: true);

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
            return new BearerTokenHandler(registration.Get<SmartAdvocateTokenProvider>(sp), () => firm.Current.BaseAddress);
        });

        registration.Singleton(sp => new SmartAdvocateCaseSource(registration.Get<ISmartAdvocateCaseSyncApi>(sp), Firm(sp)));
        registration.CaseSource<SmartAdvocateCaseSource>();
        registration.Singleton(sp => new SmartAdvocateCaseSyncClient(registration.Get<ISmartAdvocateCaseSyncApi>(sp), Firm(sp)));
        registration.Singleton(sp => new SmartAdvocateDialerClient(
            registration.Get<ISmartAdvocateDialerApi>(sp), registration.Get<SmartAdvocateCaseSyncClient>(sp), Firm(sp),
            sp.GetRequiredService<IClock>(), sp.GetRequiredService<DialerVocabulary>()));
        registration.Singleton(sp => new SmartAdvocateNoteWriter(
            registration.Get<SmartAdvocateDialerClient>(sp), registration.Get<SmartAdvocateCaseSyncClient>(sp), Firm(sp)));
        registration.NoteWriter<SmartAdvocateNoteWriter>();
        return caseSync;
    }

    /// <summary>The connector's name in its HTTP client names.</summary>
    internal const string Vendor = "SmartAdvocate";

    /// <summary>CaseSyncAPI's client (bearer token).</summary>
    internal const string CaseSyncPurpose = "CaseSync";

    /// <summary>The Predictive Dialer's client (<c>X-ApiKey</c>).</summary>
    internal const string DialerPurpose = "Dialer";

    /// <summary>CaseSyncAPI's sign-in client (its POST is retried: it changes nothing at the vendor).</summary>
    internal const string SignInPurpose = "Authentication";
}
