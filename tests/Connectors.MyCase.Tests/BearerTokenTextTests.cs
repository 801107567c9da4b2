using Connectors.Shared;

namespace Connectors.MyCase.Tests;

public class BearerTokenTextTests
{
    [Theory]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.sig-_~+/=")]
    [InlineData("!")]
    public void A_printable_ascii_token_fits_the_authorization_header(string token) =>
        Assert.True(BearerTokenText.FitsAuthorizationHeader(token));

    [Theory]
    [InlineData("two words")]
    [InlineData("nul\0inside")]
    [InlineData("tab\there")]
    [InlineData("caf\u00e9")]
    [InlineData("del\u007f")]
    public void A_token_with_spaces_control_or_non_ascii_characters_does_not(string token) =>
        Assert.False(BearerTokenText.FitsAuthorizationHeader(token));
}
