using System.Globalization;
using System.Text;

using Fleet.Host.Database;
using Fleet.Host.Scheduling;

namespace Fleet.Host.Tests.Failover;

/// <summary>
/// What Quartz's tables hold, for a failover night that stalls: the state of every firm trigger that has not fired, the
/// runs each node holds, and each node's last check-in. A stuck night is read from these, not guessed.
/// </summary>
internal static class QuartzTables
{
    private const string Triggers =
        "SELECT t.trigger_name, t.job_name, t.trigger_state, t.next_fire_time, t.misfire_instr " +
        $"FROM qrtz_triggers t WHERE t.trigger_group <> '{FlowTriggers.TriggerGroup}' ORDER BY t.job_name LIMIT 40";

    private const string States =
        "SELECT trigger_group, trigger_state, COUNT(*) FROM qrtz_triggers GROUP BY trigger_group, trigger_state ORDER BY 1, 2";

    private const string Fired =
        "SELECT instance_name, trigger_name, job_name, state, fired_time, requests_recovery FROM qrtz_fired_triggers ORDER BY 1, 3";

    private const string Nodes = "SELECT instance_name, last_checkin_time, checkin_interval FROM qrtz_scheduler_state ORDER BY 1";

    private const string Unfinished =
        "SELECT f.firm_key FROM fleet_firms f LEFT JOIN fleet_firm_nights n ON n.firm_key = f.firm_key AND n.night = @night " +
        "WHERE n.finished_at IS NULL ORDER BY 1 LIMIT 40";

    private const string RunningNight =
        "SELECT COUNT(*) FROM qrtz_fired_triggers " +
        $"WHERE instance_name = @node AND state = 'EXECUTING' AND trigger_group = '{FlowTriggers.NightGroup}'";

    /// <summary>True while the node runs a firm's night (a run Quartz would have to recover if the node died now).</summary>
    public static async Task<bool> IsRunningANightAsync(FleetDatabase database, string node)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command(RunningNight, null, ("node", node));
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0;
    }

    public static async Task<string> DescribeAsync(FleetDatabase database, string night)
    {
        var text = new StringBuilder();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        text.AppendLine(CultureInfo.InvariantCulture, $"now: {DateTimeOffset.UtcNow.UtcTicks}");
        foreach (var (title, sql) in new[]
        {
            ("triggers by group and state", States), ("triggers other than the flows'", Triggers), ("fired triggers", Fired),
            ("nodes", Nodes), ("firms not finished", Unfinished),
        })
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"-- {title}:");
            await using var command = connection.Command(sql, null, ("night", night));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount)
                    .Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                text.AppendLine(string.Join(" | ", values));
            }
        }

        return text.ToString();
    }
}
