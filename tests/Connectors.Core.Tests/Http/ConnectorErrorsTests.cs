using System.Net;

using Connectors.Core.Http;
using Connectors.Shared;

namespace Connectors.Core.Tests.Http;

public class ConnectorErrorsTests
{
    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, typeof(ConnectorAuthenticationException))]
    [InlineData(HttpStatusCode.Forbidden, typeof(ConnectorAuthenticationException))]
    [InlineData(HttpStatusCode.NotFound, typeof(ConnectorNotFoundException))]
    [InlineData(HttpStatusCode.Conflict, typeof(ConnectorConflictException))]
    [InlineData(HttpStatusCode.TooManyRequests, typeof(ConnectorRateLimitedException))]
    [InlineData(HttpStatusCode.BadGateway, typeof(ConnectorApiException))]
    public void Each_status_maps_to_the_exception_a_caller_branches_on(HttpStatusCode status, Type expected)
    {
        var error = ConnectorErrors.FromStatus(
            "GET /cases",
            status,
            "Vendor",
            "check Vendor:ApiKey.",
            "vendor says no",
            "req-1",
            TimeSpan.FromSeconds(3));

        Assert.IsType(expected, error);
        Assert.Equal(
            (status, "GET /cases", "vendor says no", "req-1", TimeSpan.FromSeconds(3)),
            (error.StatusCode!.Value, error.Endpoint, error.VendorMessage, error.RequestId, error.RetryAfter));
        Assert.Contains("GET /cases", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_credential_names_the_option_to_check()
    {
        Assert.Contains(
            "check Vendor:ApiKey.",
            ConnectorErrors.FromStatus("GET /x", HttpStatusCode.Unauthorized, "Vendor", "check Vendor:ApiKey.").Message,
            StringComparison.Ordinal);
    }
}
