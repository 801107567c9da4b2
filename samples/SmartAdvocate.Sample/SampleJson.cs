using System.Globalization;
using System.Text;
using System.Text.Json;

using Connectors.Core.Planning;

using NodaTime;
using NodaTime.Text;

namespace SmartAdvocate.Sample;

/// <summary>The whole run as one JSON document: the dialer cycle, the sandbox state after it, and the sync plan.</summary>
internal static class SampleJson
{
    public static string Write(
        Instant now,
        DialerCycleResult cycle,
        IReadOnlyList<SandboxCaseState>? state,
        SyncPlan plan,
        DateTimeZone firmZone)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("now", InstantPattern.ExtendedIso.Format(now));
            writer.WriteString("firmZone", firmZone.Id);
            WriteSummary(writer, cycle, plan);
            writer.WriteStartObject("dialer");
            writer.WriteStartArray("casesToDial");
            foreach (var c in cycle.Cases)
            {
                writer.WriteStartObject();
                writer.WriteNumber("caseId", c.CaseId);
                writer.WriteString("dialerStatus", c.DialerStatus);
                writer.WriteNumber("attempts", c.Attempts);
                writer.WriteString("dialAt", c.DialAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("decisions");
            foreach (var d in cycle.Plan.Decisions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("caseId", d.CaseId);
                writer.WriteString("disposition", d.Disposition);
                writer.WriteString("action", d.Action.ToString());
                writer.WriteString("status", d.Update?.Status);
                if (d.Update?.Attempts is { } attempts)
                {
                    writer.WriteNumber("attempts", attempts);
                }

                writer.WriteString("nextCall", d.Update?.NextCall is { } next ? InstantPattern.ExtendedIso.Format(next) : null);
                writer.WriteString("zones", d.Zones?.ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (cycle.TextedCaseId is { } texted)
            {
                writer.WriteNumber("notedByPhoneFromCase", texted);
            }

            writer.WriteEndObject();
            if (state is not null)
            {
                writer.WriteStartArray("sandboxState");
                foreach (var s in state)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("caseId", s.CaseId);
                    writer.WriteBoolean("open", s.IsOpen);
                    writer.WriteString("dialerStatus", s.DialerStatus);
                    writer.WriteString("nextCall", s.NextCall.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
                    writer.WriteNumber("attempts", s.Attempts);
                    writer.WriteString("disposition", s.Disposition);
                    writer.WriteStartArray("notes");
                    foreach (var note in s.Notes)
                    {
                        writer.WriteStringValue(note);
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName("syncPlan");
            using (var document = JsonDocument.Parse(SyncPlanJson.Serialize(plan)))
            {
                document.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// The run's counts, for a script to check without reading the rest: the sync plan's operations (skips grouped by
    /// reason) and the dialer's requests.
    /// </summary>
    private static void WriteSummary(Utf8JsonWriter writer, DialerCycleResult cycle, SyncPlan plan)
    {
        writer.WriteStartObject("summary");
        writer.WriteStartObject("sync");
        writer.WriteNumber("creates", plan.Summary.Creates);
        writer.WriteNumber("updates", plan.Summary.Updates);
        writer.WriteNumber("closes", plan.Summary.Closes);
        writer.WriteNumber("reopens", plan.Summary.Reopens);
        writer.WriteNumber("skips", plan.Summary.Skips);
        writer.WriteBoolean("requiresConfirmation", plan.RequiresConfirmation);
        writer.WriteStartObject("skipsByReason");
        foreach (var group in plan.Operations.Where(o => o.Reason is not null).GroupBy(o => o.Reason!.Value).OrderBy(g => g.Key))
        {
            writer.WriteNumber(group.Key.ToString(), group.Count());
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartObject("dialer");
        writer.WriteNumber("casesToDial", cycle.Cases.Count);
        writer.WriteNumber("statusUpdates", cycle.Plan.Updates.Count);
        writer.WriteNumber("notesByCase", cycle.Plan.Decisions.Count(d => d.Update is not null));
        writer.WriteNumber("notesByPhone", cycle.TextedCaseId is null ? 0 : 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
