using System.Net;
using System.Text;

using Connectors.Core.Http;
using Connectors.MyCase.Models;
using Connectors.Shared;

namespace Connectors.MyCase.Tests;

/// <summary>The shared reading of a token answer (src/Shared, used by MyCase's token endpoint and SmartAdvocate's sign-in).</summary>
public class TokenAnswerTests
{
    private static readonly TokenAnswer Read =
        new("POST /tokens", HttpStatusCode.OK, 1024, "Vendor:TokenResponseMaxBytes", "Authorize again.");

    [Fact]
    public void An_answer_over_the_cap_is_a_format_error_that_names_the_setting()
    {
        var error = Assert.Throws<ConnectorResponseFormatException>(() => Read.Parse(null, MyCaseJsonContext.Default.MyCaseTokenResponse));

        Assert.Contains("more than 1024 bytes (Vendor:TokenResponseMaxBytes)", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Authorize again.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_that_is_not_the_json_expected_is_a_format_error_without_its_text()
    {
        var error = Assert.Throws<ConnectorResponseFormatException>(
            () => Read.Parse(Encoding.UTF8.GetBytes("{\"access_token\": \"secret-tok"), MyCaseJsonContext.Default.MyCaseTokenResponse));

        Assert.DoesNotContain("secret-tok", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void A_missing_token_is_an_authentication_error(string? token) =>
        Assert.Throws<ConnectorAuthenticationException>(() => Read.Require(token));

    [Fact]
    public void A_token_unfit_for_the_header_is_an_authentication_error_that_does_not_show_it()
    {
        var error = Assert.Throws<ConnectorAuthenticationException>(() => Read.Require("secret two-words"));

        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(" Authorize again.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_that_fits_is_handed_back() => Assert.Equal("eyJ.e30.sig", Read.Require("eyJ.e30.sig"));
}
