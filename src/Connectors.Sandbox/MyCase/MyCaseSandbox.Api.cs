using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.MyCase;

// The /v1 endpoints the connector uses, with the OpenAPI files' paths, query names, statuses and shapes.
public sealed partial class MyCaseSandbox
{
    private static readonly string[] Models = ["case", "client", "company", "event", "lead", "message"];
    private static readonly string[] WebhookActions = ["created", "updated", "deleted"];

    private void MapApi(IEndpointRouteBuilder api)
    {
        api.MapGet("/cases", (HttpRequest request) => ListCases(request, null));
        api.MapGet("/cases/{id:long}", (long id, HttpRequest request) =>
            Locked(() => _cases.FirstOrDefault(c => c.Id == id)) is { } item
                ? Json(CaseJson(item, ClientFields(request))) : NotFound("case", id));
        api.MapGet(
            "/clients/{id:long}/cases",
            (long id, HttpRequest request) => Client(id) is null ? NotFound("client", id) : ListCases(request, id));
        api.MapGet("/clients", (HttpRequest request) =>
            Paged(request, Locked(() => _clients.Values.OrderBy(c => c.Id).ToList()), c => c.UpdatedAt, null, ClientJson));
        api.MapGet("/clients/{id:long}", (long id) => Client(id) is { } client ? Json(ClientJson(client)) : NotFound("client", id));
        api.MapGet("/staff", (HttpRequest request, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "filter[status]")] string? status) =>
            Paged(
                request,
                Staff.Where(s => status is null || (status == "active") == s.Active).ToList(),
                _ => DateTimeOffset.UnixEpoch,
                null,
                StaffJson));
        api.MapGet(
            "/staff/{id:long}",
            (long id) => Staff.FirstOrDefault(s => s.Id == id) is { } member ? Json(StaffJson(member)) : NotFound("staff member", id));
        api.MapGet(
            "/case_stages",
            (HttpRequest request) =>
                Paged(
                    request,
                    MyCaseSeedData.Stages.Select((n, i) => (Id: (long)(i + 1), Name: n)).ToList(),
                    _ => DateTimeOffset.UnixEpoch,
                    null,
                    NamedJson));
        api.MapGet(
            "/practice_areas",
            (HttpRequest request) =>
                Paged(
                    request,
                    MyCaseSeedData.PracticeAreas.Keys.Select((n, i) => (Id: (long)(i + 1), Name: n)).ToList(),
                    _ => DateTimeOffset.UnixEpoch,
                    null,
                    NamedJson));
        api.MapGet("/cases/{id:long}/documents", (long id, HttpRequest request) =>
            Locked(() => _cases.Any(c => c.Id == id))
                ? Paged(request, DocumentsOf(id), d => d.CreatedAt, null, d => DocumentJson(d, null)) : NotFound("case", id));
        api.MapPost("/cases/{id:long}/documents", CreateDocument);
        api.MapGet("/documents/{id:long}", (long id) =>
            Locked(() => _documents.FirstOrDefault(d => d.Id == id)) is { } document
                ? Json(DocumentJson(document, null)) : NotFound("document", id));
        api.MapPut("/documents/{id:long}", UpdateDocument);
        api.MapPost("/documents/{id:long}/versions", CreateVersion);
        api.MapGet("/webhooks/subscriptions", () => Json(new JsonArray([.. Subscriptions.Select(SubscriptionJson)])));
        api.MapPost("/webhooks/subscriptions", Subscribe);
        api.MapDelete("/webhooks/subscriptions/{id}", (string id) =>
            Locked(() => _subscriptions.RemoveAll(s => s.Id == id)) > 0
                ? Results.NoContent() : Error(404, $"No webhook subscription {id}."));
        api.MapGet("/firm", () => Json(new JsonObject { ["name"] = "Sandbox Law Firm", ["url"] = "https://sandboxlaw.mycase.com" }));
    }

    private IResult ListCases(HttpRequest request, long? clientId)
    {
        var status = request.Query["filter[status]"].ToString();
        if (status.Length > 0 && status is not ("open" or "closed"))
        {
            return Error(400, "filter[status] must be open or closed.", parameter: "filter[status]");
        }

        var fields = ClientFields(request);
        var cases = Locked(() => _cases
            .Where(c => clientId is null || c.ClientIds.Contains(clientId.Value))
            .Where(c => status.Length == 0 || c.Closed == (status == "closed"))
            .ToList());
        return Paged(request, cases, c => c.UpdatedAt, clientId, c => CaseJson(c, fields));
    }

    // Cursor paging: page_token is opaque (offset and filter), the Link header carries the next URL, Item-Count the total.
    private static IResult Paged<T>(
        HttpRequest request,
        IReadOnlyList<T> items,
        Func<T, DateTimeOffset> updatedAt,
        long? scope,
        Func<T, JsonNode> toJson)
    {
        var sizeText = request.Query["page_size"].ToString();
        var size = 25;
        if (sizeText.Length > 0 && (!int.TryParse(
            sizeText,
            NumberStyles.None,
            CultureInfo.InvariantCulture,
            out size) || size is < 1 or > MaxPageSize))
        {
            return Error(400, $"page_size must be a number between 1 and {MaxPageSize}.", parameter: "page_size");
        }

        var offset = 0;
        var updatedAfterText = request.Query["filter[updated_after]"].ToString();
        if (request.Query["page_token"].ToString() is { Length: > 0 } token)
        {
            if (ReadToken(token) is not { } cursor)
            {
                return Error(400, "page_token is invalid or expired.", parameter: "page_token");
            }

            (offset, updatedAfterText) = cursor;
        }

        DateTimeOffset? updatedAfter = null;
        if (updatedAfterText.Length > 0)
        {
            if (!DateTimeOffset.TryParse(updatedAfterText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Error(400, "filter[updated_after] must be an ISO 8601 date or date-time.", parameter: "filter[updated_after]");
            }

            updatedAfter = parsed;
        }

        // Without a filter the list is the caller's own snapshot: no second copy of it per page.
        var matching = updatedAfter is null ? items : items.Where(i => updatedAt(i) >= updatedAfter).ToList();
        var page = matching.Skip(offset).Take(size).ToList(); // Skip and Take over a list index, not walk
        request.HttpContext.Response.Headers["Item-Count"] = matching.Count.ToString(CultureInfo.InvariantCulture);
        if (offset + size < matching.Count)
        {
            var next = WriteToken(offset + size, updatedAfterText);
            request.HttpContext.Response.Headers["Link"] =
                $"<{request.Scheme}://{request.Host}{request.PathBase}{request.Path}" +
                $"?page_size={size}&page_token={Uri.EscapeDataString(next)}>; rel=\"next\"";
        }

        _ = scope;
        return new JsonArrayResult<T>(page, toJson);
    }

    private async Task<IResult> CreateDocument(long id, HttpRequest request)
    {
        if (!Locked(() => _cases.Any(c => c.Id == id)))
        {
            return NotFound("case", id);
        }

        if (await ReadObjectAsync(request).ConfigureAwait(false) is not { } body)
        {
            return Error(400, "The request body is not a JSON object.");
        }

        var path = (body["path"] as JsonValue)?.TryGetValue<string>(out var p) == true ? p : null;
        var filename = (body["filename"] as JsonValue)?.TryGetValue<string>(out var f) == true ? f : null;
        var problems = new List<(string, string?, string?)>();
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add(("path is required.", "/path", null));
        }

        if (string.IsNullOrWhiteSpace(filename))
        {
            problems.Add(("filename is required.", "/filename", null));
        }

        if (problems.Count > 0)
        {
            return Results.Content(Errors([.. problems]).ToJsonString(), "application/json", Encoding.UTF8, 422);
        }

        var description = (body["description"] as JsonValue)?.TryGetValue<string>(out var d) == true ? d : null;
        MyCaseSandboxDocument document;
        string upload;
        lock (_gate)
        {
            document = new MyCaseSandboxDocument(++_nextDocumentId, id, path!, filename!, description, Now());
            _documents.Add(document);
            upload = NewUpload(document.Id, 1);
        }

        Log("document", id.ToString(CultureInfo.InvariantCulture), $"document {document.Id} record created");
        return Json(DocumentJson(document, PutUrl(request, upload)), StatusCodes.Status201Created);
    }

    // FirmDocumentRequest: the fields sent replace the record's; the answer is 204 with no body. Only an update that
    // changes the record is logged, so a resend of one already applied shows once, as the logical write it is.
    private async Task<IResult> UpdateDocument(long id, HttpRequest request)
    {
        if (await ReadObjectAsync(request).ConfigureAwait(false) is not { } body)
        {
            return Error(400, "The request body is not a JSON object.");
        }

        string? Text(string name) => (body[name] as JsonValue)?.TryGetValue<string>(out var value) == true ? value : null;
        long caseId;
        bool changed;
        lock (_gate)
        {
            var index = _documents.FindIndex(d => d.Id == id);
            if (index < 0)
            {
                return NotFound("document", id);
            }

            var document = _documents[index];
            _documents[index] = document with
            {
                Path = Text("path") ?? document.Path,
                Filename = Text("filename") ?? document.Filename,
                Description = Text("description") ?? document.Description,
            };
            changed = _documents[index] != document;
            caseId = document.CaseId;
        }

        if (changed)
        {
            Log("document-update", caseId.ToString(CultureInfo.InvariantCulture), $"document {id} updated");
        }

        return Results.NoContent();
    }

    private IResult CreateVersion(long id, HttpRequest request)
    {
        MyCaseSandboxDocument? document;
        string upload;
        lock (_gate)
        {
            var index = _documents.FindIndex(d => d.Id == id);
            if (index < 0)
            {
                return NotFound("document", id);
            }

            document = _documents[index] = _documents[index] with { Version = _documents[index].Version + 1 };
            upload = NewUpload(document.Id, document.Version);
        }

        Log("document-version", document.CaseId.ToString(CultureInfo.InvariantCulture), $"document {id} version {document.Version}");
        return Json(new JsonObject
        {
            ["id"] = (id * 100) + document.Version,
            ["version"] = document.Version,
            ["document"] = new JsonObject { ["id"] = id },
            ["created_at"] = Iso(Now()),
            ["updated_at"] = Iso(Now()),
            ["self_url"] = $"/v1/documents/{id}/versions/{document.Version}",
            ["put_url"] = PutUrl(request, upload),
            ["put_headers"] = new JsonObject { ["x-amz-acl"] = "private" },
        }, StatusCodes.Status201Created);
    }

    // The S3-like presigned PUT: signed by its query, so a request that also carries Authorization is refused (403), as S3 does.
    private async Task<IResult> PutObject(string key, HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return S3Error(403, "AccessDenied", "Only one auth mechanism allowed; only the X-Amz-Signature query parameter may be given.");
        }

        (long DocumentId, int Version, string Acl) upload;
        lock (_gate)
        {
            if (!_uploads.TryGetValue(key, out upload) || request.Query["X-Amz-Signature"] != Signature(key))
            {
                return S3Error(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you provided.");
            }
        }

        if (request.Headers["x-amz-acl"].ToString() != upload.Acl)
        {
            return S3Error(403, "AccessDenied", "The x-amz-acl header is missing or differs from the signed one.");
        }

        if (!string.Equals(request.ContentType, "application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return S3Error(403, "SignatureDoesNotMatch", "Content-Type must be application/octet-stream, as signed.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        var hash = Convert.ToHexString(SHA256.HashData(buffer.ToArray())).ToLowerInvariant();
        long caseId;
        lock (_gate)
        {
            var index = _documents.FindIndex(d => d.Id == upload.DocumentId);
            var document = _documents[index];
            _documents[index] = document with { UploadedVersions = document.UploadedVersions + 1, Sha256 = hash };
            caseId = document.CaseId;
        }

        Log(
            "document-content",
            caseId.ToString(CultureInfo.InvariantCulture),
            $"document {upload.DocumentId} version {upload.Version} ({buffer.Length} bytes)");
        return Results.Ok();
    }

    private async Task<IResult> Subscribe(HttpRequest request)
    {
        if (await ReadObjectAsync(request).ConfigureAwait(false) is not { } body)
        {
            return Error(400, "The request body is not a JSON object.");
        }

        var model = (body["model"] as JsonValue)?.TryGetValue<string>(out var m) == true ? m : null;
        var url = (body["url"] as JsonValue)?.TryGetValue<string>(out var u) == true ? u : null;
        var actions = (body["actions"] as JsonArray)?.Select(a => (a as JsonValue)?.TryGetValue<string>(out var s) == true ? s : null)
            .ToList();
        var problems = new List<(string, string?, string?)>();
        if (model is null || !Models.Contains(model))
        {
            problems.Add(("model must be one of case, client, company, event, lead, message.", "/model", null));
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add(("url must be an absolute URL.", "/url", null));
        }

        if (actions is not { Count: > 0 } || actions.Any(a => a is null || !WebhookActions.Contains(a)))
        {
            problems.Add(("actions must list any of created, updated, deleted.", "/actions", null));
        }

        if (problems.Count > 0)
        {
            return Results.Content(Errors([.. problems]).ToJsonString(), "application/json", Encoding.UTF8, 422);
        }

        MyCaseSandboxSubscription subscription;
        lock (_gate)
        {
            subscription = new MyCaseSandboxSubscription(
                $"sub_{++_nextSubscription:D4}",
                model!,
                url!,
                [.. actions!.Select(a => a!)],
                Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant());
            _subscriptions.Add(subscription);
        }

        Log("webhook-subscription", subscription.Id, $"{model} {string.Join(",", subscription.Actions)}");
        return Json(SubscriptionJson(subscription), StatusCodes.Status201Created);
    }

    private string NewUpload(long documentId, int version)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        _uploads[key] = (documentId, version, "private");
        return key;
    }

    private string PutUrl(HttpRequest request, string key) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/{PathPrefix}/s3/uploads/{key}" +
        $"?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature={Signature(key)}";

    private string Signature(string key) =>
        Convert.ToHexString(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(_options.ClientSecret),
            Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    private static IResult S3Error(int status, string code, string message) =>
        Results.Content(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>",
            "application/xml",
            Encoding.UTF8,
            status);

    private static IResult NotFound(string what, long id) => Error(404, $"No {what} with id {id} was found.");

    private static HashSet<string> ClientFields(HttpRequest request) =>
        new(
            request.Query["field[client]"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.Ordinal);

    private static string WriteToken(int offset, string updatedAfter) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new JsonObject { ["o"] = offset, ["u"] = updatedAfter })))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static (int Offset, string UpdatedAfter)? ReadToken(string token)
    {
        try
        {
            var text = token.Replace('-', '+').Replace('_', '/');
            text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
            var node = JsonNode.Parse(Convert.FromBase64String(text)) as JsonObject;
            return node?["o"]?.GetValue<int>() is { } offset and >= 0 ? (offset, node["u"]?.GetValue<string>() ?? string.Empty) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
