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

        if (options.MaxPageBytes < ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add("CasePeer:MaxPageBytes must be at least 65536 (64 KiB).");
        }

        if (options.PageSize is < 1 or > 100)
        {
            problems.Add("CasePeer:PageSize must be between 1 and 100.");
        }

        if (options.WriteAttempts < 1)
        {
            problems.Add("CasePeer:WriteAttempts must be at least 1.");
        }
    }
}
