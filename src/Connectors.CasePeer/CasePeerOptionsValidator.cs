using Connectors.Shared;

namespace Connectors.CasePeer;

/// <summary>Checks <see cref="CasePeerOptions"/> at start-up, reporting every problem at once. Never echoes the key.</summary>
internal sealed class CasePeerOptionsValidator() : ConnectorOptionsValidator<CasePeerOptions>(CasePeerOptions.SectionName)
{
    protected override void Check(CasePeerOptions options, List<string> problems)
    {
        CheckAddress(options.BaseAddress, nameof(options.BaseAddress), problems);
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("CasePeer:ApiKey is required (the firm's CASEpeer key).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKeyHeaderName))
        {
            problems.Add("CasePeer:ApiKeyHeaderName must not be empty.");
        }

        CheckBodyCap(options.MaxPageBytes, nameof(options.MaxPageBytes), problems);
        CheckRange(options.PageSize, 1, 100, nameof(options.PageSize), problems);
        CheckAtLeastOne(options.WriteAttempts, nameof(options.WriteAttempts), problems);
    }
}
