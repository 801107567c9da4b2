using Connectors.IntegrationTests.Harness;

using Microsoft.Extensions.DependencyInjection;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>Counts the points a run passes (HTTP requests, platform writes) and cancels the run at a chosen one.</summary>
internal sealed class CancellationPoint
{
    private int _ticks;
    private int _at;
    private CancellationTokenSource? _run;

    public int Ticks => Volatile.Read(ref _ticks);

    /// <summary>Cancels <paramref name="run"/> when the <paramref name="at"/>-th point is reached (0: never).</summary>
    public void Arm(int at, CancellationTokenSource run)
    {
        _ticks = 0;
        _at = at;
        _run = run;
    }

    /// <summary>Harness options that pass every request of the connector through this point.</summary>
    public SandboxHarnessOptions OnEveryRequest() => new()
    {
        Register = services => services.ConfigureHttpClientDefaults(b => b.AddHttpMessageHandler(() => new TickHandler(this))),
    };

    public void Tick()
    {
        if (Interlocked.Increment(ref _ticks) == _at)
        {
            _run?.Cancel();
        }
    }
}

/// <summary>Passes every request of a connector through the cancellation point, outside its resilience pipeline.</summary>
internal sealed class TickHandler(CancellationPoint point) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        point.Tick();
        return base.SendAsync(request, cancellationToken);
    }
}
