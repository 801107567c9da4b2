using System.Diagnostics;

using Connectors.Core.Diagnostics;

namespace Connectors.Shared;

/// <summary>
/// Records each HTTP attempt as an OpenTelemetry client span and in <c>http.client.request.duration</c>, with the
/// semantic-convention attributes (<c>http.request.method</c>, <c>server.address</c>, <c>server.port</c>,
/// <c>url.full</c> with credentials redacted, <c>http.response.status_code</c>, <c>error.type</c>). Place it inside the
/// resilience handler so that each attempt is recorded.
/// </summary>
internal sealed class TelemetryHandler : DelegatingHandler
{
    private readonly ConnectorTelemetry _telemetry;

    /// <summary>Creates the handler for a connector's telemetry.</summary>
    public TelemetryHandler(ConnectorTelemetry telemetry)
    {
        ArgumentNullException.ThrowIfNull(telemetry);
        _telemetry = telemetry;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.Method.Method;
        var uri = request.RequestUri;
        using var activity = _telemetry.ActivitySource.StartActivity(method, ActivityKind.Client);
        if (activity is not null && uri is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("server.address", uri.Host);
            activity.SetTag("server.port", uri.Port);
            activity.SetTag("url.full", SecretRedactor.RedactUri(uri));
        }

        var started = Stopwatch.GetTimestamp();
        string? errorType = null;
        int? status = null;
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            errorType = status >= 400 ? status.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return response;
        }
        catch (Exception ex)
        {
            errorType = ex.GetType().FullName;
            throw;
        }
        finally
        {
            var tags = new TagList
            {
                { "http.request.method", method },
                { "server.address", uri?.Host },
                { "server.port", uri?.Port },
                { "url.scheme", uri?.Scheme },
            };
            if (status is { } code)
            {
                tags.Add("http.response.status_code", code);
                activity?.SetTag("http.response.status_code", code);
            }

            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
                activity?.SetTag("error.type", errorType);
                activity?.SetStatus(ActivityStatusCode.Error);
            }

            _telemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
