using System.Reflection;
using System.Text.Json;

using Connectors.MyCase;
using Connectors.MyCase.Models;

using Refit;

namespace Connectors.IntegrationTests.MyCase;

/// <summary>
/// The connector's side of the contract, checked statically against MyCase's OpenAPI files: every Refit method's
/// method, path and query names, and every wire model's field names.
/// </summary>
public class MyCaseWireModelTests
{
    private static readonly OpenApiContract Contract = OpenApiContract.Instance;

    public static TheoryData<string> ApiMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in typeof(IMyCaseApi).GetMethods())
        {
            data.Add(method.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ApiMethods))]
    public void Every_api_method_is_an_operation_of_the_openapi_files_with_declared_query_names(string name)
    {
        var method = typeof(IMyCaseApi).GetMethod(name)!;
        var http = method.GetCustomAttribute<HttpMethodAttribute>()!;
        var path = http.Path.Replace("{id}", "1", StringComparison.Ordinal);

        var operation = Contract.Find(http.Method.Method, path);

        Assert.True(operation is not null, $"{http.Method} {http.Path} is not in MyCase's OpenAPI files");
        var queries = method.GetParameters()
            .Where(
                p => p.ParameterType != typeof(CancellationToken) && p.GetCustomAttribute<BodyAttribute>() is null && !http.Path.Contains(
                    $"{{{p.Name}}}",
                    StringComparison.Ordinal))
            .Select(p => p.GetCustomAttribute<AliasAsAttribute>()?.Name ?? p.Name!)
            .ToList();
        Assert.All(
            queries,
            q => Assert.True(
                q == "page_token" || operation!.QueryParameters.Contains(q),
                $"{name}: query '{q}' is not declared for {operation!.Path}"));
    }

    [Theory]
    [InlineData(typeof(MyCaseCase), "Cases.json", "CaseResponse")]
    [InlineData(typeof(MyCaseCaseClient), "Cases.json", "ClientNestedResponse")]
    [InlineData(typeof(MyCaseCaseStaff), "Cases.json", "StaffNestedResponse")]
    [InlineData(typeof(MyCaseClient), "Clients.json", "ClientResponse")]
    [InlineData(typeof(MyCaseStaff), "Staff.json", "StaffResponse")]
    [InlineData(typeof(MyCaseNamedItem), "CaseStages.json", "CaseStageResponse")]
    [InlineData(typeof(MyCaseNamedItem), "PracticeAreas.json", "PracticeAreaResponse")]
    [InlineData(typeof(MyCaseDocument), "Documents.json", "DocumentPostResponse")]
    [InlineData(typeof(MyCaseDocumentRequest), "Documents.json", "DocumentRequest")]
    [InlineData(typeof(MyCaseDocumentVersion), "Documents.json", "DocumentVersionPostResponse")]
    [InlineData(typeof(MyCaseWebhookSubscription), "Webhooks.json", "WebhookResponse")]
    [InlineData(typeof(MyCaseWebhookSubscriptionRequest), "Webhooks.json", "WebhookRequest")]
    [InlineData(typeof(global::Connectors.MyCase.Models.MyCaseFirm), "Firm.json", "FirmResponse")]
    public void Every_wire_field_is_spelled_as_the_openapi_schema_spells_it(Type model, string file, string schema)
    {
        var declared = Contract.SchemaProperties(file, schema);

        var fields = model.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.Name != "EqualityContract" && p.GetCustomAttribute<System.Text.Json.Serialization.JsonIgnoreAttribute>() is null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .ToList();

        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.True(declared.Contains(f), $"{model.Name}.{f} is not a property of {file} {schema}"));
    }
}
