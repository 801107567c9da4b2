using Connectors.Shared;

using NodaTime;

namespace Connectors.SmartAdvocate;

/// <summary>Cross-field rules: absolute https hosts (http only on loopback), complete credentials, a known time zone.</summary>
internal sealed class SmartAdvocateOptionsValidator() : ConnectorOptionsValidator<SmartAdvocateOptions>(SmartAdvocateOptions.SectionName)
{
    protected override void Check(SmartAdvocateOptions options, List<string> problems)
    {
        if (options.BaseAddress is null)
        {
            problems.Add($"SmartAdvocate:BaseAddress is required (the firm's host, for example {SmartAdvocateOptions.DefaultHost}).");
        }
        else
        {
            CheckHost(options.BaseAddress, nameof(options.BaseAddress), problems);
        }

        if (options.DialerBaseAddress is not null)
        {
            CheckHost(options.DialerBaseAddress, nameof(options.DialerBaseAddress), problems);
        }

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
            problems.Add($"SmartAdvocate:DialerTimeZone '{options.DialerTimeZone}' is not an IANA time zone id.");
        }

        if (options.TokenRefreshMargin < TimeSpan.Zero || options.AssumedTokenLifetime <= TimeSpan.Zero)
        {
            problems.Add("SmartAdvocate:TokenRefreshMargin cannot be negative, and SmartAdvocate:AssumedTokenLifetime must be positive.");
        }

        CheckBodyCap(options.MaxCaseBytes, nameof(options.MaxCaseBytes), problems);
    }

    private void CheckHost(Uri uri, string field, List<string> problems)
    {
        var before = problems.Count;
        CheckAddress(uri, field, problems);
        if (problems.Count == before && (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo)))
        {
            problems.Add($"SmartAdvocate:{field} must not carry a query string or user info.");
        }
    }
}
