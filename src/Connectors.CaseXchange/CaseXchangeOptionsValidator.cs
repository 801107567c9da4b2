using Connectors.CaseXchange.Authentication;
using Connectors.Core;
using Connectors.Shared;

namespace Connectors.CaseXchange;

/// <summary>Checks <see cref="CaseXchangeOptions"/> at start-up: the environment, the address, and the key's shape.</summary>
internal sealed class CaseXchangeOptionsValidator() : ConnectorOptionsValidator<CaseXchangeOptions>(CaseXchangeOptions.SectionName)
{
    protected override void Check(CaseXchangeOptions options, List<string> problems)
    {
        if (options.Environment == CaseXchangeEnvironment.Custom)
        {
            if (options.BaseAddress is null)
            {
                problems.Add("CaseXchange:BaseAddress must be set to an absolute URI when CaseXchange:Environment is Custom.");
            }
            else
            {
                CheckAddress(options.BaseAddress, nameof(options.BaseAddress), problems);
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

        if (options.MaxPageBytes < ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add("CaseXchange:MaxPageBytes must be at least 65536 (64 KiB).");
        }

        if (options.PageSize is < 1 or > 100)
        {
            problems.Add("CaseXchange:PageSize must be between 1 and 100.");
        }

        if (options.WriteAttempts < 1)
        {
            problems.Add("CaseXchange:WriteAttempts must be 1 or more.");
        }
    }
}
