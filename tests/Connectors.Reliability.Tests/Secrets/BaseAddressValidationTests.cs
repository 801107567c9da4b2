using Connectors.CasePeer;
using Connectors.CaseXchange;
using Connectors.MyCase;
using Connectors.SmartAdvocate;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>Every connector refuses, at start-up, a base address that would send its credentials in clear text.</summary>
public sealed class BaseAddressValidationTests
{
    public static TheoryData<string> Refused() =>
    [
        "http://casepeer.example/", "http://10.0.0.5/", "http://192.168.1.20:8080/", "http://example.com:443/", "ftp://127.0.0.1/",
        "ws://localhost/",
    ];

    public static TheoryData<string> Accepted() =>
        ["https://vendor.example/", "http://127.0.0.1:5080/", "http://[::1]:5080/", "http://localhost:5080/"];

    [Theory]
    [MemberData(nameof(Refused))]
    public void CasePeer_refuses_a_non_loopback_plain_address_at_start_up(string address) =>
        AssertRefused<CasePeerOptions>(
            s => s.AddCasePeer(o => (o.BaseAddress, o.ApiKey) = (new Uri(address), "casepeer-key")),
            "sekret-never-shown");

    [Theory]
    [MemberData(nameof(Refused))]
    public void SmartAdvocate_refuses_a_non_loopback_plain_address_at_start_up(string address)
    {
        AssertRefused<SmartAdvocateOptions>(
            s => s.AddSmartAdvocate(o => (
                o.BaseAddress,
                o.Username,
                o.Password,
                o.ClientKey) = (new Uri(address), "u", "p4ssw0rd-x", "client-key-x")),
            "p4ssw0rd-x");
        AssertRefused<SmartAdvocateOptions>(
            s => s.AddSmartAdvocate(o => (
                o.BaseAddress,
                o.DialerBaseAddress,
                o.ClientKey) = (new Uri("https://sa.example/"), new Uri(address), "client-key-x")),
            "client-key-x");
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void CaseXchange_refuses_a_non_loopback_plain_address_at_start_up(string address) =>
        AssertRefused<CaseXchangeOptions>(
            s => s.AddCaseXchange(o => (
                o.Environment,
                o.BaseAddress,
                o.ApiKey) = (CaseXchangeEnvironment.Custom, new Uri(address), "cxp_std_never0shown0key")),
            "cxp_std_never0shown0key");

    [Theory]
    [MemberData(nameof(Refused))]
    public void MyCase_refuses_a_non_loopback_plain_api_or_authorization_address_at_start_up(string address)
    {
        AssertRefused<MyCaseOptions>(
            s => s.AddMyCase(o => MyCase(o, new Uri(address), new Uri("https://auth.mycase.example/"))),
            "mycase-secret-never-shown");
        AssertRefused<MyCaseOptions>(
            s => s.AddMyCase(o => MyCase(o, new Uri("https://api.mycase.example/"), new Uri(address))),
            "mycase-secret-never-shown");
        AssertRefused<MyCaseOptions>(
            s => s.AddKeyedMyCase("firm-2", o => MyCase(o, new Uri(address), new Uri(address))),
            "mycase-secret-never-shown",
            "firm-2");
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Every_connector_accepts_https_and_loopback_http(string address)
    {
        var services = new ServiceCollection();
        services.AddCasePeer(o => (o.BaseAddress, o.ApiKey) = (new Uri(address), "casepeer-key"));
        services.AddSmartAdvocate(o => (o.BaseAddress, o.Username, o.Password, o.ClientKey) = (new Uri(address), "u", "p", "k"));
        services.AddCaseXchange(o => (
            o.Environment,
            o.BaseAddress,
            o.ApiKey) = (CaseXchangeEnvironment.Custom, new Uri(address), "cxp_std_valid0key0here"));
        services.AddMyCase(o => MyCase(o, new Uri(address), new Uri(address)));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(new Uri(address), provider.GetRequiredService<IOptionsMonitor<CasePeerOptions>>().CurrentValue.BaseAddress);
        Assert.Equal(new Uri(address), provider.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().CurrentValue.BaseAddress);
        Assert.Equal(new Uri(address), provider.GetRequiredService<IOptionsMonitor<CaseXchangeOptions>>().CurrentValue.BaseAddress);
        Assert.Equal(new Uri(address), provider.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().CurrentValue.AuthorizationServer);
    }

    // MyCase has no upload base address option: its presigned put_url comes from MyCase and is refused unless https (or
    // loopback) when the upload runs (MyCaseBadRecordTests.A_put_url_that_is_not_https_is_refused_and_nothing_is_sent_to_it).
    private static void MyCase(MyCaseOptions o, Uri api, Uri auth) =>
        (
            o.BaseAddress,
            o.AuthorizationServer,
            o.ClientId,
            o.ClientSecret,
            o.RedirectUri) = (api, auth, "mycase-client", "mycase-secret-never-shown", new Uri("https://platform.example/mycase/callback"));

    private static void AssertRefused<TOptions>(Action<IServiceCollection> add, string secret, string? name = null)
        where TOptions : class
    {
        var services = new ServiceCollection();
        add(services);
        using var provider = services.BuildServiceProvider();

        // ValidateOnStart runs these validators when a host starts; reading the options runs the same ones.
        var refused = Assert.Throws<OptionsValidationException>(
            () => name is null ? provider.GetRequiredService<IOptionsMonitor<TOptions>>()
                .CurrentValue : provider.GetRequiredService<IOptionsMonitor<TOptions>>()
                .Get(name));
        Assert.Contains("https", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(secret, refused.Message, StringComparison.Ordinal);
    }
}
