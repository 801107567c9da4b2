using Microsoft.Extensions.Options;

namespace Connectors.CasePeer;

/// <summary>Checks <see cref="CasePeerOptions"/> at start-up, reporting every problem at once. Never echoes the key.</summary>
internal sealed class CasePeerOptionsValidator : IValidateOptions<CasePeerOptions>
{
    public ValidateOptionsResult Validate(string? name, CasePeerOptions options)
    {
        var problems = new List<string>();
        if (options.BaseAddress is not { IsAbsoluteUri: true } address)
        {
            problems.Add("CasePeer:BaseAddress must be an absolute URI.");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
        {
            problems.Add("CasePeer:BaseAddress must use https (plain http is allowed only on loopback, for the sandbox).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("CasePeer:ApiKey is required (the firm's CASEpeer key).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyHeaderName))
        {
            problems.Add("CasePeer:ApiKeyHeaderName must not be empty.");
        }

        if (options.MaxPageBytes < Shared.ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add("CasePeer:MaxPageBytes must be at least 65536 (64 KiB).");
        }

        if (options.PageSize is < 1 or > 100)
        {
            problems.Add("CasePeer:PageSize must be between 1 and 100.");
        }

        if (options.WriteAttempts < 1 || options.MaxRetryAttempts < 0)
        {
            problems.Add("CasePeer:WriteAttempts must be at least 1 and MaxRetryAttempts not negative.");
        }

        if (options.MaxErrorBodyBytes < 1024)
        {
            problems.Add("CasePeer:MaxErrorBodyBytes must be at least 1024.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
