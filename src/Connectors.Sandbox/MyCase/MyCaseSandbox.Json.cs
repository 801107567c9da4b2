using System.Text.Json.Nodes;

namespace Connectors.Sandbox.MyCase;

// Response bodies with the OpenAPI files' property names and JSON types.
public sealed partial class MyCaseSandbox
{
    private JsonObject CaseJson(MyCaseSandboxCase item, HashSet<string> clientFields)
    {
        var clients = new JsonArray();
        foreach (var clientId in item.ClientIds)
        {
            var nested = new JsonObject { ["id"] = clientId };
            if (Client(clientId) is { } client)
            {
                void Add(string name, string? value)
                {
                    if (clientFields.Contains(name))
                    {
                        nested[name] = value ?? string.Empty;
                    }
                }

                Add("first_name", client.FirstName);
                Add("last_name", client.LastName);
                Add("middle_name", null);
                Add("email", client.Email);
                Add("cell_phone_number", client.CellPhoneNumber);
                Add("work_phone_number", client.WorkPhoneNumber);
                Add("home_phone_number", null);
            }

            clients.Add(nested);
        }

        var staff = new JsonArray();
        if (item.LeadLawyerId is { } lead)
        {
            staff.Add(new JsonObject { ["id"] = lead, ["lead_lawyer"] = true, ["originating_lawyer"] = true, ["case_rate"] = null });
        }

        staff.Add(new JsonObject { ["id"] = 5, ["lead_lawyer"] = false, ["originating_lawyer"] = false, ["case_rate"] = null });
        return new JsonObject
        {
            ["id"] = item.Id,
            ["name"] = item.Name,
            ["case_number"] = item.CaseNumber,
            ["description"] = string.Empty,
            ["opened_date"] = item.OpenedDate,
            ["closed_date"] = item.Closed ? item.ClosedDate : null,
            ["sol_date"] = null,
            ["practice_area"] = item.PracticeArea,
            ["case_stage"] = item.CaseStage,
            ["status"] = item.Closed ? "closed" : "open",
            ["outstanding_balance"] = 0,
            ["billing_contact"] = new JsonObject { ["id"] = item.ClientIds.Count > 0 ? item.ClientIds[0] : 0 },
            ["billing_type"] = "contingency",
            ["clients"] = clients,
            ["companies"] = new JsonArray(),
            ["staff"] = staff,
            ["custom_field_values"] = new JsonArray(),
            ["office"] = new JsonObject
            {
                ["id"] = 1,
                ["name"] = "Main Office",
                ["main_phone"] = "402-555-0100",
                ["fax_phone"] = string.Empty,
            },
            ["created_at"] = Iso(item.CreatedAt),
            ["updated_at"] = Iso(item.UpdatedAt),
        };
    }

    private static JsonObject ClientJson(MyCaseSandboxClient client) => new()
    {
        ["id"] = client.Id,
        ["email"] = client.Email ?? string.Empty,
        ["first_name"] = client.FirstName ?? string.Empty,
        ["middle_name"] = string.Empty,
        ["last_name"] = client.LastName ?? string.Empty,
        ["address"] = new JsonObject
        {
            ["address1"] = "1 Main St",
            ["address2"] = string.Empty,
            ["city"] = "Omaha",
            ["state"] = "NE",
            ["zip_code"] = "68102",
            ["country"] = "US",
        },
        ["cell_phone_number"] = client.CellPhoneNumber ?? string.Empty,
        ["work_phone_number"] = client.WorkPhoneNumber ?? string.Empty,
        ["home_phone_number"] = string.Empty,
        ["fax_phone_number"] = string.Empty,
        ["people_group"] = new JsonObject { ["id"] = 1 },
        ["notes"] = string.Empty,
        ["birthdate"] = "1980-01-01",
        ["archived"] = false,
        ["cases"] = new JsonArray(),
        ["custom_field_values"] = new JsonArray(),
        ["created_at"] = Iso(client.UpdatedAt.AddDays(-30)),
        ["updated_at"] = Iso(client.UpdatedAt),
    };

    private static JsonObject StaffJson(MyCaseSandboxStaff staff) => new()
    {
        ["id"] = staff.Id,
        ["email"] = staff.Email ?? string.Empty,
        ["first_name"] = staff.FirstName,
        ["middle_initial"] = string.Empty,
        ["last_name"] = staff.LastName,
        ["cell_phone_number"] = string.Empty,
        ["work_phone_number"] = "402-555-0100",
        ["home_phone_number"] = string.Empty,
        ["type"] = staff.Type,
        ["title"] = staff.Type,
        ["active"] = staff.Active,
        ["default_hourly_rate"] = 250,
        ["created_at"] = "2015-01-05T09:00:00Z",
        ["updated_at"] = "2024-06-01T09:00:00Z",
    };

    private static JsonObject NamedJson((long Id, string Name) item) => new()
    {
        ["id"] = item.Id,
        ["name"] = item.Name,
        ["created_at"] = "2015-01-05T09:00:00Z",
        ["updated_at"] = "2015-01-05T09:00:00Z",
    };

    private static JsonObject DocumentJson(MyCaseSandboxDocument document, string? putUrl)
    {
        var json = new JsonObject
        {
            ["id"] = document.Id,
            ["name"] = document.Path.Split('/').Last(),
            ["filename"] = document.Filename,
            ["path"] = document.Path,
            ["description"] = document.Description ?? string.Empty,
            ["assigned_date"] = document.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["case"] = new JsonObject { ["id"] = document.CaseId },
            ["created_at"] = Iso(document.CreatedAt),
            ["updated_at"] = Iso(document.CreatedAt),
            ["self_url"] = $"/v1/documents/{document.Id}",
            ["folder"] = new JsonObject { ["id"] = 9000 + document.CaseId },
        };
        if (putUrl is not null)
        {
            json["put_url"] = putUrl;
            json["put_headers"] = new JsonObject { ["x-amz-acl"] = "private" };
        }

        return json;
    }

    private static JsonObject SubscriptionJson(MyCaseSandboxSubscription subscription) => new()
    {
        ["id"] = subscription.Id,
        ["model"] = subscription.Model,
        ["url"] = subscription.Url,
        ["actions"] = new JsonArray([.. subscription.Actions.Select(a => (JsonNode)a)]),
        ["hmac_key"] = subscription.HmacKey,
    };
}
