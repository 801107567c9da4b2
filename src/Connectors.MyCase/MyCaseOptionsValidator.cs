using Connectors.Shared;

namespace Connectors.MyCase;

/// <summary>Checks <see cref="MyCaseOptions"/> at start-up, reporting every problem at once. Never echoes the secret.</summary>
internal sealed class MyCaseOptionsValidator() : ConnectorOptionsValidator<MyCaseOptions>(MyCaseOptions.SectionName)
{
    protected override void Check(MyCaseOptions options, List<string> problems)
    {
        CheckAddress(options.BaseAddress, nameof(options.BaseAddress), problems);
        CheckAddress(options.AuthorizationServer, nameof(options.AuthorizationServer), problems);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            problems.Add("MyCase:ClientId is required (the OAuth client id MyCase support issued).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add("MyCase:ClientSecret is required (the OAuth client secret MyCase support issued).");
        }

        if (options.RedirectUri is not { IsAbsoluteUri: true })
        {
            problems.Add("MyCase:RedirectUri must be the absolute redirect URI registered with MyCase support.");
        }

        CheckBodyCap(options.MaxPageBytes, nameof(options.MaxPageBytes), problems);
        CheckRange(options.PageSize, 1, 1000, nameof(options.PageSize), problems);
        CheckAtLeastOne(options.RequestsPerSecond, nameof(options.RequestsPerSecond), problems, "MyCase allows 25");
        CheckAtLeastOne(options.UploadAttempts, nameof(options.UploadAttempts), problems);

        if (options.TokenRefreshMargin < TimeSpan.Zero || options.TokenRefreshMargin >= TimeSpan.FromHours(24))
        {
            problems.Add("MyCase:TokenRefreshMargin must be between zero and 24 hours (the access token's lifetime).");
        }

        if (options.TokenRequestTimeout <= TimeSpan.Zero || options.TokenResponseMaxBytes < 1024)
        {
            problems.Add("MyCase:TokenRequestTimeout must be positive and MyCase:TokenResponseMaxBytes at least 1024.");
        }

        if (string.IsNullOrWhiteSpace(options.DocumentFolder))
        {
            problems.Add("MyCase:DocumentFolder must not be empty.");
        }

        if (options.Webhooks is null || string.IsNullOrWhiteSpace(options.Webhooks.SignatureHeaderName))
        {
            problems.Add("MyCase:Webhooks:SignatureHeaderName must not be empty.");
        }
        else if (options.Webhooks.ReplayWindow <= TimeSpan.Zero || options.Webhooks.ReplayCapacity < 1
            || options.Webhooks.MaxCaseReadsPerDelivery < 1)
        {
            problems.Add("MyCase:Webhooks:ReplayWindow must be positive, and ReplayCapacity and MaxCaseReadsPerDelivery at least 1.");
        }
    }
}
