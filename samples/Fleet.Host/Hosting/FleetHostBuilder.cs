using Connectors.Core.Checkpoints;

using Fleet.Host.Database;
using Fleet.Host.Fleet;
using Fleet.Host.Flows;
using Fleet.Host.Reporting;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using NodaTime;

using Quartz;

namespace Fleet.Host.Hosting;

/// <summary>The Generic Host of one fleet node: Quartz on the fleet database, the firms' jobs, stores and connectors.</summary>
public static class FleetHostBuilder
{
    /// <summary>Builds the node's host (not started). <paramref name="services"/> adds the firms' connectors, or test doubles.</summary>
    public static IHost Build(
        FleetOptions options, FleetDatabase database, IReadOnlyList<FleetFirm> firms, Action<IServiceCollection> services)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(services);
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Quartz and HttpClient log every firing and request: warnings only, so the fleet's own lines stay readable.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(new FleetRegistry(firms));
        builder.Services.AddSingleton<ISyncCheckpointStore>(new AdoSyncCheckpointStore(database));
        builder.Services.AddSingleton<FleetReport>();
        builder.Services.AddSingleton<PhaseTimings>();
        builder.Services.AddSingleton<INightlyFlow, NightlySync>();
        services(builder.Services);
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "fleet";
                scheduler.GenerateInstanceId = true; // one id per node, as clustering needs
            });
            q.UseDefaultThreadPool(pool => pool.MaxConcurrency = options.Concurrency);
            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(ado => ado.MisfireThreshold = options.MisfireThreshold);
                if (database.Kind == DatabaseKind.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    // A node that misses check-ins for about twice the interval is dead: its in-flight firms are recovered.
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = options.ClusterCheckinInterval;
                        cluster.CheckinMisfireThreshold = options.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }
            });
        });
        // On stop, a firm's run in progress finishes (or is cancelled by the host's shutdown timeout and resumes later).
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder.Build();
    }
}
