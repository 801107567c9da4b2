using System.Net;

using Connectors.Core.Http;
using Connectors.MyCase.Authentication;
using Connectors.TestSupport;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;
using NodaTime.Testing;

using RichardSzalay.MockHttp;

namespace Connectors.MyCase.Tests;

/// <summary>A token answer is read with a byte cap: a huge one fails with the SDK's exception, read no further.</summary>
public sealed class MyCaseTokenAnswerCapTests : IDisposable
{
    private const string Auth = "https://auth.mycase.com";
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);
    private readonly MockHttpMessageHandler _http = new();
    private readonly ServiceProvider _services;

    public MyCaseTokenAnswerCapTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Now));
        services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
            new MyCaseTokens("access-1", "refresh-1", Now - Duration.FromMinutes(1), Now + Duration.FromDays(13), "firm-uuid-1", "cases")));
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => _http));
        services.AddMyCase(o =>
        {
            o.ClientId = "client-abc";
            o.ClientSecret = "secret-xyz-123";
            o.RedirectUri = new Uri("https://platform.example/mycase/callback");
            o.RetryBaseDelay = TimeSpan.Zero;
        }).ConfigurePrimaryHttpMessageHandler(() => _http);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _http.Dispose();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_huge_token_answer_is_refused_with_the_sdks_format_exception_after_reading_no_more_than_the_cap(bool declareLength)
    {
        var huge = new HugeJsonContent("access_token", declareLength: declareLength);
        _http.When(HttpMethod.Post, $"{Auth}/tokens").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = huge });

        var error = await Assert.ThrowsAsync<ConnectorResponseFormatException>(() => _services.GetRequiredService<MyCaseFirmCatalog>().ReadFirmAsync());

        Assert.Equal("POST /tokens", error.Endpoint);
        Assert.InRange(huge.BytesServed, 0, 256 * 1024); // 64 KiB by default, plus at most one read's worth
        Assert.Contains("TokenResponseMaxBytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaaaaaa", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-xyz-123", error.ToString(), StringComparison.Ordinal);
    }
}
