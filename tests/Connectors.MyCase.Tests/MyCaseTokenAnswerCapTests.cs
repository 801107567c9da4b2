using System.Net;

using Connectors.Core.Http;
using Connectors.MyCase.Authentication;
using Connectors.TestSupport;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>A token answer is read with a byte cap: a huge one fails with the SDK's exception, read no further.</summary>
public sealed class MyCaseTokenAnswerCapTests : IDisposable
{
    private const string Auth = "https://auth.mycase.com";
    private static readonly Instant Now = AuthorizedMyCase.Now;
    private readonly AuthorizedMyCase _mycase = new(accessTokenDue: true);

    public void Dispose() => _mycase.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_huge_token_answer_is_refused_with_the_sdks_format_exception_after_reading_no_more_than_the_cap(bool declareLength)
    {
        var huge = new HugeJsonContent("access_token", declareLength: declareLength);
        _mycase.Http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = huge });

        var error = await Assert.ThrowsAsync<ConnectorResponseFormatException>(() =>
            _mycase.Services.GetRequiredService<MyCaseFirmCatalog>().ReadFirmAsync());

        Assert.Equal("POST /tokens", error.Endpoint);
        Assert.InRange(huge.BytesServed, 0, 256 * 1024); // 64 KiB by default, plus at most one read's worth
        Assert.Contains("TokenResponseMaxBytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaaaaa", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-xyz-123", error.ToString(), StringComparison.Ordinal);
    }
}
