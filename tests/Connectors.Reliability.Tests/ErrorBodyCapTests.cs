using System.Net;

using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.Core.Http;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

using RichardSzalay.MockHttp;

namespace Connectors.Reliability.Tests;

/// <summary>
/// Issue 14 point 12 (error bodies): an error answer's body is read under the connector's byte cap
/// (<c>MaxErrorBodyBytes</c>, 64 KiB by default). A 2 GB streamed body, or one that declares a 1 GiB
/// <c>Content-Length</c>, ends in the SDK's exception for the status, having read no more than the cap, with the
/// process's memory staying small.
/// </summary>
public sealed class ErrorBodyCapTests
{
    private const long TwoGigabytes = 2L * 1024 * 1024 * 1024;

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var connector in new[] { "CasePeer", "CaseXchange", "MyCase", "SmartAdvocateCaseSync", "SmartAdvocateDialer" })
        {
            data.Add(connector, false);
            data.Add(connector, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_2_GB_error_body_is_read_no_further_than_the_cap(string connector, bool declaresLength)
    {
        var body = new EndlessBody(TwoGigabytes);
        using var network = new MockHttpMessageHandler();
        network.When(HttpMethod.Post, "*/CaseSyncAPI/Users/authenticate").Respond("application/json", """{"token": "sa-token"}""");
        network.When("*").Respond(_ =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            if (declaresLength)
            {
                // 1 GiB: under HttpContent's own 2 GB buffer limit, which would refuse a larger one by luck.
                content.Headers.ContentLength = TwoGigabytes / 2;
            }

            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = content };
        });
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.ConfigurePrimaryHttpMessageHandler(() => network));
        var call = Register(services, connector, network);
        await using var provider = services.BuildServiceProvider();

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAnyAsync<ConnectorApiException>(() => call(provider));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.InRange(body.BytesRead, 0, (64 * 1024) + 1);
        // Process-wide (other tests run alongside), so generous: reading the body would take gigabytes.
        Assert.InRange(allocated, 0, 256L * 1024 * 1024);
    }

    private static Func<IServiceProvider, Task> Register(IServiceCollection services, string connector, MockHttpMessageHandler network)
    {
        switch (connector)
        {
            case "CasePeer":
                services.AddCasePeer(o =>
                {
                    o.BaseAddress = new Uri("https://api.casepeer.test/");
                    o.ApiKey = "cp-key";
                    o.MaxRetryAttempts = 0;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("1001");
            case "CaseXchange":
                services.AddCaseXchange(o =>
                {
                    o.Environment = CaseXchangeEnvironment.Custom;
                    o.BaseAddress = new Uri("https://api.casexchange.test/api/public/v1/");
                    o.ApiKey = "cxp_full_0123456789";
                    o.MaxRetryAttempts = 0;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<CaseXchangeClient>().CheckKeyAsync();
            case "MyCase":
                var now = SystemClock.Instance.GetCurrentInstant();
                services.AddSingleton<IMyCaseTokenStore>(new InMemoryMyCaseTokenStore(
                    new MyCaseTokens("access", "refresh", now + Duration.FromHours(20), now + Duration.FromDays(13), "firm-1", "cases")));
                services.AddMyCase(o =>
                {
                    o.BaseAddress = new Uri("https://api.mycase.test/");
                    o.AuthorizationServer = new Uri("https://auth.mycase.test/");
                    o.ClientId = "client-1";
                    o.ClientSecret = "secret";
                    o.RedirectUri = new Uri("https://platform.example/mycase/callback");
                    o.MaxRetryAttempts = 0;
                }).ConfigurePrimaryHttpMessageHandler(() => network);
                return sp => sp.GetRequiredService<MyCaseCaseSource>().ReadCaseAsync("1001");
            default:
                var builders = services.AddSmartAdvocate(o =>
                {
                    o.BaseAddress = new Uri("https://firm.smartadvocate.test/");
                    o.Username = "api-user";
                    o.Password = "password";
                    o.ClientKey = "client-key";
                    o.MaxRetryAttempts = 0;
                    o.WriteAttempts = 1;
                });
                foreach (var builder in new[] { builders, builders.SmartAdvocateDialer(), builders.SmartAdvocateSignIn() })
                {
                    builder.ConfigurePrimaryHttpMessageHandler(() => network);
                }

                return connector == "SmartAdvocateCaseSync"
                    ? sp => sp.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001)
                    : sp => sp.GetRequiredService<SmartAdvocateDialerClient>()
                        .GetCasesToDialAsync(new DialerQuery { Campaign = "Intake", Records = 1, AutoChange = false });
        }
    }

    /// <summary>
    /// A body of <c>length</c> spaces, made as it is read (nothing held). It refuses to give more than 8 MiB, so that a
    /// reader without a cap fails here quickly instead of filling the machine's memory.
    /// </summary>
    private sealed class EndlessBody(long length) : Stream
    {
        private const long Refuse = 8L * 1024 * 1024;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (BytesRead >= Refuse)
            {
                throw new InvalidOperationException($"The SDK read more than {Refuse} bytes of an error body.");
            }

            var n = (int)Math.Min(buffer.Length, length - BytesRead);
            buffer[..n].Fill((byte)' ');
            BytesRead += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
