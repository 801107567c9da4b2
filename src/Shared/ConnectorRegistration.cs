using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;

using Connectors.Core.Sources;
using Connectors.Core.Writes;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

using Refit;

namespace Connectors.Shared;

/// <summary>
/// One registration of a connector, written once for all four: the default one (<c>AddXxx</c>) or a firm's
/// (<c>AddKeyedXxx(key)</c>). A keyed registration has its own named options (named after the key), its own services
/// (keyed singletons) and its own HTTP clients (names ending in <c>[key]</c>), so two firms never share a host, a key, a
/// token or a rate limit. Options bind from configuration when the caller names a section, then the caller's delegate
/// runs, and they are validated when the host starts.
/// </summary>
/// <typeparam name="TOptions">The connector's options.</typeparam>
internal sealed class ConnectorRegistration<
    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>
    where TOptions : class
{
    private readonly string _vendor;

    /// <param name="services">The host's services.</param>
    /// <param name="vendor">The connector's name in its HTTP client names, as <c>CasePeer</c>.</param>
    /// <param name="key">The firm's key, or null for the default registration.</param>
    /// <param name="bind">
    /// Binds the options from configuration (the connector's <c>BindConfiguration</c> call, written where the options type
    /// is concrete so the configuration binder's source generator sees it), or null when no section was named.
    /// </param>
    /// <param name="configure">The caller's delegate, run after binding; null for none.</param>
    public ConnectorRegistration(
        IServiceCollection services, string vendor, string? key, Action<OptionsBuilder<TOptions>>? bind, Action<TOptions>? configure)
    {
        Services = services;
        _vendor = vendor;
        Key = key;
        OptionsName = key ?? Options.DefaultName;
        var options = services.AddOptions<TOptions>(OptionsName);
        bind?.Invoke(options);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
    }

    public IServiceCollection Services { get; }

    /// <summary>The firm's key; null for the default registration.</summary>
    public string? Key { get; }

    /// <summary>The name of this registration's options: the key, or <see cref="Options.DefaultName"/>.</summary>
    public string OptionsName { get; }

    /// <summary>Adds <typeparamref name="TValidator"/> once, whichever registration comes first.</summary>
    public void Validator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TValidator>()
        where TValidator : class, IValidateOptions<TOptions> =>
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());

    /// <summary>This registration's options, read fresh.</summary>
    public TOptions Current(IServiceProvider sp) => sp.GetRequiredService<IOptionsMonitor<TOptions>>().Get(OptionsName);

    /// <summary>A monitor whose <see cref="IOptionsMonitor{TOptions}.CurrentValue"/> is this registration's options.</summary>
    public IOptionsMonitor<TOptions> Monitor(IServiceProvider sp)
    {
        var monitor = sp.GetRequiredService<IOptionsMonitor<TOptions>>();
        return Key is null ? monitor : new NamedOptionsMonitor<TOptions>(monitor, OptionsName);
    }

    /// <summary>This registration's <typeparamref name="T"/>: keyed under <see cref="Key"/> when there is one.</summary>
    public T Get<T>(IServiceProvider sp)
        where T : notnull => Key is null ? sp.GetRequiredService<T>() : sp.GetRequiredKeyedService<T>(Key);

    /// <summary>Registers a singleton of this registration (keyed under <see cref="Key"/> when there is one); the first wins.</summary>
    public void Singleton<T>(Func<IServiceProvider, T> factory)
        where T : class
    {
        if (Key is null)
        {
            Services.TryAddSingleton(factory);
        }
        else
        {
            Services.TryAddKeyedSingleton(Key, (sp, _) => factory(sp));
        }
    }

    /// <summary>
    /// Makes the registered <typeparamref name="TSource"/> also an <see cref="ICaseSource"/>, added to the others (a host
    /// with several connectors enumerates them all; resolving one <see cref="ICaseSource"/> gives the last registered).
    /// </summary>
    public void CaseSource<TSource>()
        where TSource : class, ICaseSource => Also<ICaseSource, TSource>();

    /// <summary>Registers the connector's note writer, a singleton of its own, also as <see cref="ICaseNoteWriter"/>.</summary>
    public void NoteWriter<TWriter>()
        where TWriter : class, ICaseNoteWriter => Also<ICaseNoteWriter, TWriter>();

    /// <summary>Registers the connector's document writer, a singleton of its own, also as <see cref="ICaseDocumentWriter"/>.</summary>
    public void DocumentWriter<TWriter>()
        where TWriter : class, ICaseDocumentWriter => Also<ICaseDocumentWriter, TWriter>();

    // The Core interface resolves to the connector's own singleton (keyed for a keyed registration); one entry per type.
    private void Also<TService, TImplementation>()
        where TService : class
        where TImplementation : class, TService
    {
        var key = Key;
        Services.TryAddEnumerable(key is null
            ? ServiceDescriptor.Singleton<TService, TImplementation>(sp => sp.GetRequiredService<TImplementation>())
            : ServiceDescriptor.KeyedSingleton<TService, TImplementation>(
                key,
                (sp, _) => sp.GetRequiredKeyedService<TImplementation>(key)));
    }

    /// <summary>The name of this registration's HTTP client for <paramref name="purpose"/>: <c>Connectors.{vendor}.{purpose}</c>, then
    /// <c>[key]</c>.</summary>
    public string ClientName(string purpose) => ClientName(_vendor, purpose, Key);

    /// <summary>The HTTP client name <see cref="ClientName(string)"/> gives a registration of <paramref name="vendor"/> under <paramref
    /// name="key"/>.</summary>
    public static string ClientName(string vendor, string purpose, string? key) =>
        key is null ? $"Connectors.{vendor}.{purpose}" : $"Connectors.{vendor}.{purpose}[{key}]";

    /// <summary>
    /// Registers the Refit client <typeparamref name="TApi"/> (keyed under <see cref="Key"/> when there is one) over the
    /// HTTP client named for <paramref name="purpose"/>, its base address read from the options on every client created.
    /// </summary>
    public IHttpClientBuilder RefitClient<TApi>(RefitSettings settings, string purpose, Func<TOptions, Uri?> baseAddress)
        where TApi : class
    {
        var builder = Key is null
            ? Services.AddRefitGeneratedClient<TApi>(_ => settings, ClientName(purpose))
            : Services.AddKeyedRefitGeneratedClient<TApi>(Key, settings, ClientName(purpose));
        return builder.ConfigureHttpClient((sp, client) => client.BaseAddress = baseAddress(Current(sp)));
    }

    /// <summary>Registers a plain HTTP client named for <paramref name="purpose"/>; its base address, if any, from the options.</summary>
    public IHttpClientBuilder HttpClient(string purpose, Func<TOptions, Uri?>? baseAddress = null)
    {
        var builder = Services.AddHttpClient(ClientName(purpose));
        return baseAddress is null ? builder : builder.ConfigureHttpClient((sp, client) => client.BaseAddress = baseAddress(Current(sp)));
    }

    /// <summary>Applies <see cref="ConnectorHttpDefaults"/> with this registration's settings.</summary>
    public IHttpClientBuilder Defaults(
        IHttpClientBuilder builder,
        Func<TOptions, ConnectorHttpSettings> settings,
        Counter<long> retries,
        string? responseLimitOption = null,
        bool postIsRepeatable = false) =>
        ConnectorHttpDefaults.Apply(builder, sp => settings(Current(sp)), retries, responseLimitOption, postIsRepeatable);
}
