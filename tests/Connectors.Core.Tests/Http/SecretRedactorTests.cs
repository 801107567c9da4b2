using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public class SecretRedactorTests
{
    [Fact]
    public void Sensitive_query_values_are_redacted_and_others_kept()
    {
        var text = SecretRedactor.RedactUri(new Uri("https://auth.example/tokens?code=abc123&state=s1&refresh_token=r-999"));

        Assert.DoesNotContain("abc123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("r-999", text, StringComparison.Ordinal);
        Assert.Contains("state=s1", text, StringComparison.Ordinal);
        Assert.StartsWith("https://auth.example/tokens?", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Masks_show_nothing_of_the_secret()
    {
        Assert.Equal(SecretRedactor.Redacted, SecretRedactor.Mask("cxp_full_supersecret"));
        Assert.True(SecretRedactor.IsSensitiveHeader("x-api-key"));
        Assert.True(SecretRedactor.IsSensitiveHeader("Authorization"));
        Assert.False(SecretRedactor.IsSensitiveHeader("Accept"));
    }
}
