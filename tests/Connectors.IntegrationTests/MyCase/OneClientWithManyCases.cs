using System.Text.Json.Nodes;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>Sandbox data (MyCase wire format) where one client, <see cref="ClientId"/>, has many open cases: a webhook fan-out.</summary>
internal static class OneClientWithManyCases
{
    /// <summary>The client every case belongs to.</summary>
    public const long ClientId = 9001;

    /// <summary>Writes <paramref name="count"/> cases of the one client to a new temporary file and returns its path.</summary>
    public static async Task<string> WriteAsync(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mycase-fanout-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Json(count));
        return path;
    }

    private static string Json(int count)
    {
        var cases = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            cases.Add(new JsonObject
            {
                ["id"] = 7000 + i,
                ["name"] = $"Client {ClientId} matter {i}",
                ["practice_area"] = "Personal Injury",
                ["case_stage"] = "Treatment",
                ["status"] = "open",
                ["created_at"] = "2026-02-01T15:00:00Z",
                ["updated_at"] = "2026-11-20T16:30:00Z",
                ["clients"] = new JsonArray(new JsonObject
                {
                    ["id"] = ClientId,
                    ["first_name"] = "Rosa",
                    ["last_name"] = "Ortiz",
                    ["cell_phone_number"] = "402-320-7788",
                }),
                ["staff"] = new JsonArray(new JsonObject { ["id"] = 1, ["lead_lawyer"] = true }),
            });
        }

        return cases.ToJsonString();
    }
}
