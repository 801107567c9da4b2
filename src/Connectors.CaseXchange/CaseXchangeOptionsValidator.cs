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

        CheckBodyCap(options.MaxPageBytes, nameof(options.MaxPageBytes), problems);
        CheckRange(options.PageSize, 1, 100, nameof(options.PageSize), problems);
        CheckAtLeastOne(options.WriteAttempts, nameof(options.WriteAttempts), problems);
    }
}
