using System.Net;
using System.Text;

using RichardSzalay.MockHttp;

namespace Connectors.Reliability.Tests.Fuzzing;

/// <summary>A MockHttp network that answers every request with the payload under test (or what a route says).</summary>
public sealed class MockNetwork
{
    private readonly List<(Func<HttpRequestMessage, bool> Match, Func<HttpRequestMessage, (HttpStatusCode, string)> Answer)> _routes = [];

    /// <summary>Creates the network.</summary>
    public MockNetwork() => Handler.Fallback.Respond(request =>
    {
        foreach (var (match, answer) in _routes)
        {
            if (match(request))
            {
                var (status, body) = answer(request);
                return Json(status, body);
            }
        }

        return Json(Status, Payload);
    });

    /// <summary>The handler to plug in as the primary handler.</summary>
    public MockHttpMessageHandler Handler { get; } = new();

    /// <summary>The body answered by default.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>The status answered by default.</summary>
    public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

    /// <summary>Answers requests that <paramref name="match"/> with a fixed answer instead of the payload.</summary>
    public MockNetwork Route(Func<HttpRequestMessage, bool> match, Func<HttpRequestMessage, (HttpStatusCode, string)> answer)
    {
        _routes.Add((match, answer));
        return this;
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
