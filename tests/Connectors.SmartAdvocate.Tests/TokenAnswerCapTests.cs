using System.Net;

using Connectors.Core.Http;
using Connectors.TestSupport;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>The sign-in answer is read with a byte cap: a huge one fails with the SDK's exception, read no further.</summary>
public class TokenAnswerCapTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_huge_sign_in_answer_is_refused_with_the_sdks_format_exception_after_reading_no_more_than_the_cap(bool declareLength)
    {
        using var host = new TestHost();
        var huge = new HugeJsonContent("token", declareLength: declareLength);
        host.Http.When(HttpMethod.Post, $"{TestHost.Host}/CaseSyncAPI/Users/authenticate").Respond(_ =>
            new HttpResponseMessage(HttpStatusCode.OK) { Content = huge });

        var error = await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => host.CaseSync.GetCaseNotesAsync(1));

        Assert.Equal("POST /CaseSyncAPI/Users/authenticate", error.Endpoint);
        Assert.InRange(huge.BytesServed, 0, 256 * 1024);
        Assert.Contains("TokenResponseMaxBytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestHost.Password, error.ToString(), StringComparison.Ordinal);
    }
}
