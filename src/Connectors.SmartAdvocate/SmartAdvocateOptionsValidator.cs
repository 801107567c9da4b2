using Microsoft.Extensions.Options;

using NodaTime;

namespace Connectors.SmartAdvocate;

/// <summary>Cross-field rules: absolute https hosts (http only on loopback), complete credentials, a known time zone.</summary>
internal sealed class SmartAdvocateOptionsValidator : IValidateOptions<SmartAdvocateOptions>
{
    public ValidateOptionsResult Validate(string? name, SmartAdvocateOptions options)
    {
        var problems = new List<string>();
        CheckHost(options.BaseAddress, nameof(options.BaseAddress), required: true, problems);
        CheckHost(options.DialerBaseAddress, nameof(options.DialerBaseAddress), required: false, problems);

        var hasUser = !string.IsNullOrWhiteSpace(options.Username);
        var hasPassword = !string.IsNullOrWhiteSpace(options.Password);
        if (hasUser != hasPassword)
        {
            problems.Add("SmartAdvocate: Username and Password go together; set both for CaseSyncAPI, or neither.");
        }

        if (!hasUser && !hasPassword && !options.HasDialerKey)
        {
            problems.Add("SmartAdvocate: no credentials. Set Username and Password (CaseSyncAPI), ClientKey (Predictive Dialer), or both.");
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.DialerTimeZone ?? "") is null)
        {
            problems.Add($"SmartAdvocate: DialerTimeZone '{options.DialerTimeZone}' is not an IANA time zone id.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout)
        {
            problems.Add("SmartAdvocate: AttemptTimeout must be positive and TotalTimeout at least AttemptTimeout.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.TokenRefreshMargin < TimeSpan.Zero || options.AssumedTokenLifetime <= TimeSpan.Zero)
        {
            problems.Add("SmartAdvocate: RetryBaseDelay and TokenRefreshMargin cannot be negative, AssumedTokenLifetime must be positive.");
        }

        if (options.MaxErrorBodyBytes < 1024)
        {
            problems.Add("SmartAdvocate: MaxErrorBodyBytes must be at least 1024.");
        }

        if (options.MaxCaseBytes < Shared.ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add("SmartAdvocate: MaxCaseBytes must be at least 65536 (64 KiB).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void CheckHost(Uri? uri, string field, bool required, List<string> problems)
    {
        if (uri is null)
        {
            if (required)
            {
                problems.Add($"SmartAdvocate: {field} is required (the firm's host, for example {SmartAdvocateOptions.DefaultHost}).");
            }

            return;
        }

        if (!uri.IsAbsoluteUri)
        {
            problems.Add($"SmartAdvocate: {field} must be an absolute URI.");
        }
        else if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        {
            problems.Add($"SmartAdvocate: {field} must use https (http is accepted only for loopback hosts).");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            problems.Add($"SmartAdvocate: {field} must not carry a query string or user info.");
        }
    }
}