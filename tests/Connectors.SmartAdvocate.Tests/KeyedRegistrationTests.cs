using System.Net;

using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;

using RichardSzalay.MockHttp;

namespace Connectors.SmartAdvocate.Tests;

public class KeyedRegistrationTests
{
    [Fact]
    public async Task Each_firm_gets_its_own_host_key_and_token_cache()
    {
        using var http = new MockHttpMessageHandler();
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new NodaTime.Testing.FakeClock(TestHost.Now));
        foreach (var (firm, host, key) in new[] { ("omaha", "https://omaha.example.com", "key-omaha"),
            ("lincoln", "https://lincoln.example.com", "key-lincoln") })
        {
            var builders = services.AddKeyedSmartAdvocate(firm, o =>
            {
                o.BaseAddress = new Uri(host);
                o.ClientKey = key;
                o.Username = $"user-{firm}";
                o.Password = "pw";
            });
            builders.SmartAdvocateDialer().ConfigurePrimaryHttpMessageHandler(() => http);
            builders.ConfigurePrimaryHttpMessageHandler(() => http);
            builders.SmartAdvocateSignIn().ConfigurePrimaryHttpMessageHandler(() => http);
        }

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        http.Expect(HttpMethod.Post, "https://omaha.example.com/DialerAPI/AddCaseNote").WithHeaders("X-ApiKey",
            "key-omaha").Respond(HttpStatusCode.OK);
        http.Expect(HttpMethod.Post, "https://lincoln.example.com/DialerAPI/AddCaseNote").WithHeaders("X-ApiKey",
            "key-lincoln").Respond(HttpStatusCode.OK);
        http.Expect(HttpMethod.Post,
            "https://omaha.example.com/CaseSyncAPI/Users/authenticate").WithContent("{\"Username\":\"user-omaha\",\"Password\":\"pw\"}")
            .Respond("application/json", $"{{\"token\":\"{TestHost.Token(TestHost.Now + Duration.FromHours(2), "omaha")}\"}}");
        http.Expect(HttpMethod.Get, "https://omaha.example.com/CaseSyncAPI/case/1/notes").Respond("application/json", "[]");
        http.Expect(HttpMethod.Post,
            "https://lincoln.example.com/CaseSyncAPI/Users/authenticate").WithContent("{\"Username\":\"user-lincoln\",\"Password\":\"pw\"}")
            .Respond("application/json", $"{{\"token\":\"{TestHost.Token(TestHost.Now + Duration.FromHours(2), "lincoln")}\"}}");
        http.Expect(HttpMethod.Get, "https://lincoln.example.com/CaseSyncAPI/case/1/notes").Respond("application/json", "[]");

        await provider.GetRequiredKeyedService<SmartAdvocateDialerClient>("omaha").AddCaseNoteAsync(1, "a");
        await provider.GetRequiredKeyedService<SmartAdvocateDialerClient>("lincoln").AddCaseNoteAsync(1, "b");
        await provider.GetRequiredKeyedService<SmartAdvocateCaseSyncClient>("omaha").GetCaseNotesAsync(1);
        await provider.GetRequiredKeyedService<SmartAdvocateCaseSyncClient>("lincoln").GetCaseNotesAsync(1);

        http.VerifyNoOutstandingExpectation();
        Assert.IsType<SmartAdvocateCaseSource>(provider.GetRequiredKeyedService<Connectors.Core.Sources.ICaseSource>("lincoln"));
    }
}
