using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Connectors.SmartAdvocate.Tests;

public class OptionsTests
{
    private static string[] Failures(Action<SmartAdvocateOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSmartAdvocate(configure);
        using var provider = services.BuildServiceProvider();
        try
        {
            _ = provider.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().CurrentValue;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. e.Failures];
        }
    }

    [Fact]
    public void A_complete_configuration_is_valid()
    {
        Assert.Empty(Failures(o => { o.BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost); o.ClientKey = "key"; }));
        Assert.Empty(Failures(o => { o.BaseAddress = new Uri("http://127.0.0.1:5000"); o.Username = "u"; o.Password = "p"; }));
    }

    [Theory]
    [InlineData(null, "BaseAddress")]
    [InlineData("http://sa.example-firm.com", "https")]
    [InlineData("https://user:pw@sa.example-firm.com", "user info")]
    public void The_host_must_be_an_absolute_https_address_unless_loopback(string? address, string problem)
    {
        var failures = Failures(o => { o.BaseAddress = address is null ? null : new Uri(address); o.ClientKey = "key"; });

        Assert.Contains(failures, f => f.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Credentials_must_be_present_and_complete()
    {
        Assert.Contains(Failures(o => o.BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost)), f =>
            f.Contains("no credentials", StringComparison.Ordinal));
        Assert.Contains(Failures(o => { o.BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost); o.Username = "u"; }), f =>
            f.Contains("go together", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dialer_zone_must_be_an_iana_zone()
    {
        Assert.Contains(Failures(o =>
            { o.BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost); o.ClientKey = "k"; o.DialerTimeZone = "Eastern Standard Time"; }),
            f => f.Contains("IANA", StringComparison.Ordinal));
    }

    [Fact]
    public void Validation_runs_at_start_up()
    {
        var services = new ServiceCollection();
        services.AddSmartAdvocate(o => o.BaseAddress = new Uri("http://sa.example-firm.com"));
        using var provider = services.BuildServiceProvider();

        var startup = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.ThrowsAny<Exception>(startup.Validate);
        Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerExceptions[0] : error);
    }

    [Fact]
    public void ToString_never_shows_the_password_or_the_client_key()
    {
        var options = new SmartAdvocateOptions
        {
            BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost),
            Username = "u",
            Password = "hunter2",
            ClientKey = "0d4852a98"
        };

        var text = options.ToString();

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0d4852a98", text, StringComparison.Ordinal);
        Assert.Contains("[redacted]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_can_be_replaced_before_registration()
    {
        var services = new ServiceCollection();
        var vocabulary = DialerVocabulary.Default with { ToDial = "Call Queue" };
        services.AddSingleton(vocabulary);
        services.AddSmartAdvocate(o => { o.BaseAddress = new Uri(SmartAdvocateOptions.DefaultHost); o.ClientKey = "k"; });
        using var provider = services.BuildServiceProvider();

        Assert.Equal("Call Queue", provider.GetRequiredService<SmartAdvocateDialerClient>().Vocabulary.ToDial);
    }
}
