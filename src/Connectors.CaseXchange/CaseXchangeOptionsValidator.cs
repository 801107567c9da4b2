using Connectors.Core;
using Microsoft.Extensions.Options;

namespace Connectors.CaseXchange;

/// <summary>Checks <see cref="CaseXchangeOptions"/> at start-up: the environment, the address, and the key's shape.</summary>
internal sealed class CaseXchangeOptionsValidator : IValidateOptions<CaseXchangeOptions>
{
    public ValidateOptionsResult Validate(string? name, CaseXchangeOptions options)
    {
        var problems = new List<string>();
        if (options.Environment == CaseXchangeEnvironment.Custom)
        {
            if (options.BaseAddress is not { IsAbsoluteUri: true } address)
            {
                problems.Add("CaseXchange:BaseAddress must be set to an absolute URI when CaseXchange:Environment is Custom.");
            }
            else if (address.Scheme != Uri.UriSchemeHttps && !(address.Scheme == Uri.UriSchemeHttp && address.IsLoopback))
            {
                problems.Add("CaseXchange:BaseAddress must use https (plain http is allowed only on loopback, for the sandbox).");
            }
        }
        else if (options.BaseAddress is not null)
        {
            problems.Add("CaseXchange:BaseAddress is only used with Environment = Custom; choose Production or Uat without it.");
        }

        try
        {
            CaseXchangeApiKey.Parse(options.ApiKey);
        }
        catch (ConnectorConfigurationException ex)
        {
            problems.Add(ex.Message);
        }

        if (options.MaxPageBytes < Shared.ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add("CaseXchange:MaxPageBytes must be at least 65536 (64 KiB).");
        }

        if (options.PageSize is < 1 or > 100)
        {
            problems.Add("CaseXchange:PageSize must be between 1 and 100.");
        }

        if (options.MaxRetryAttempts < 0 || options.WriteAttempts < 1)
        {
            problems.Add("CaseXchange:MaxRetryAttempts must be 0 or more and CaseXchange:WriteAttempts 1 or more.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout)
        {
            problems.Add("CaseXchange:AttemptTimeout must be positive and CaseXchange:TotalTimeout at least as long.");
        }

        if (options.MaxErrorBodyBytes < 1024)
        {
            problems.Add("CaseXchange:MaxErrorBodyBytes must be at least 1024.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
