using Microsoft.Extensions.Options;

namespace Connectors.MyCase;

/// <summary>
/// The options of one MyCase registration: the default one, or one firm's of <c>AddKeyedMyCase</c> (named options and
/// HTTP client names carrying the firm key), read fresh on every use.
/// </summary>
internal sealed class MyCaseSettings(IOptionsMonitor<MyCaseOptions> monitor, string optionsName, string? key)
{
    public MyCaseSettings(IOptionsMonitor<MyCaseOptions> monitor)
        : this(monitor, Options.DefaultName, null)
    {
    }

    public MyCaseOptions Current => monitor.Get(optionsName);

    public string? Key => key;

    public string OptionsName => optionsName;

    public string AuthClientName => AuthClientNameFor(key);

    public string UploadClientName => UploadClientNameFor(key);

    public static string AuthClientNameFor(string? key) => Named("Connectors.MyCase.Authentication", key);

    public static string UploadClientNameFor(string? key) => Named("Connectors.MyCase.Upload", key);

    public static string ApiClientNameFor(string? key) => Named("Connectors.MyCase.Api", key);

    private static string Named(string name, string? key) => key is null ? name : $"{name}[{key}]";
}
