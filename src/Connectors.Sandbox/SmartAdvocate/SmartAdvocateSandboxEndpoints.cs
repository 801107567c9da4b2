using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>
/// SmartAdvocate's two APIs over the sandbox state: CaseSyncAPI behind a bearer token from
/// <c>POST /CaseSyncAPI/Users/authenticate</c>, and the Predictive Dialer behind <c>X-ApiKey</c>. Paths and verbs of the
/// dialer are the ones the SDK models (docs/vendors/smartadvocate.md); shapes are the seed's.
/// </summary>
internal static class SmartAdvocateSandboxEndpoints
{
    private const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
    private const string DialerDateFormat = "yyyy-MM-ddTHH:mm:ss";

    public static void Map(IEndpointRouteBuilder routes, SmartAdvocateSandboxState state)
    {
        var json = SmartAdvocateSandboxJson.Default;

        routes.MapPost("/CaseSyncAPI/Users/authenticate", async (HttpRequest request) =>
        {
            var body = await Read(request, json.SaAuthenticateRequest);
            var token = body is null ? null : state.SignIn(body.Username, body.Password);
            return token is null
                ? Results.Json(new SaError("Username or password is incorrect"), json.SaError, statusCode: StatusCodes.Status400BadRequest)
                : Results.Json(
                    new SaAuthenticateResponse(state.Options.Username, state.Options.UserId, token),
                    json.SaAuthenticateResponse);
        });

        var caseSync = routes.MapGroup("/CaseSyncAPI/case").AddEndpointFilter(async (context, next) =>
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            return header.StartsWith("Bearer ", StringComparison.Ordinal) && state.IsValidToken(header["Bearer ".Length..])
                ? await next(context)
                : Results.Json(new SaError("Unauthorized"), json.SaError, statusCode: StatusCodes.Status401Unauthorized);
        });

        caseSync.MapGet("/CaseInfo", (HttpRequest request) =>
        {
            var pattern = request.Query["Casenumber"].ToString();
            var contactInfo = bool.TryParse(request.Query["AddContactInfo"], out var add) && add;
            return Results.Json(state.CaseInfo(pattern).Select(c => ToCaseInfo(c, contactInfo)).ToList(), json.ListSaCaseInfo);
        });

        if (state.Options.ServeCaseById)
        {
            // Modelled (docs/vendors/smartadvocate.md): one case by its id, the CaseInfo record itself; 404 when none.
            caseSync.MapGet("/{caseId:long}", (long caseId, HttpRequest request) =>
            {
                var contactInfo = bool.TryParse(request.Query["AddContactInfo"], out var add) && add;
                return state.Case(caseId) is { } found
                    ? Results.Json(ToCaseInfo(found, contactInfo), json.SaCaseInfo)
                    : Results.Json(new SaError("Case not found"), json.SaError, statusCode: StatusCodes.Status404NotFound);
            });
        }

        caseSync.MapGet("/{caseId:long}/notes", (long caseId) =>
            state.Notes(caseId) is { } notes
                ? Results.Json(notes.Select(n => ToNote(caseId, state, n)).ToList(), json.ListSaNote)
                : Results.Json(new SaError("Case not found"), json.SaError, statusCode: StatusCodes.Status404NotFound));

        caseSync.MapPost("/documents/byDatePaged", async (HttpRequest request) =>
        {
            var body = await Read(request, json.SaDocumentsByDateRequest);
            if (body?.PageRequest is not { PageSize: > 0 } page || !TryDate(
                body.ModifiedFromDateTime,
                out var from) || !TryDate(body.ModifiedToDateTime, out var to))
            {
                return Results.Json(
                    new SaError("modifiedFromDateTime, modifiedToDateTime and pageRequest are required"),
                    json.SaError,
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var all = state.Documents(from, to);
            var items = all.Skip(page.CurrentPage * page.PageSize).Take(page.PageSize).Select(ToDocument).ToList();
            var totalPages = (all.Count + page.PageSize - 1) / page.PageSize;
            return state.Options.DocumentsAsArray
                ? Results.Json(items, json.ListSaDocument)
                : Results.Json(
                    new SaDocumentsPage(items, new SaPageRequest(page.CurrentPage, page.PageSize, totalPages, all.Count)),
                    json.SaDocumentsPage);
        });

        caseSync.MapGet("/document/{documentId:long}/content", (long documentId) =>
            state.Document(documentId) is { } document
                ? Results.Bytes(document.Content, "application/pdf", document.Name)
                : Results.NotFound());

        var dialer = routes.MapGroup("/DialerAPI").AddEndpointFilter(async (context, next) =>
            string.Equals(context.HttpContext.Request.Headers["X-ApiKey"].ToString(), state.Options.ClientKey, StringComparison.Ordinal)
                ? await next(context)
                : Results.Json(new SaError("Invalid ClientKey"), json.SaError, statusCode: StatusCodes.Status401Unauthorized));

        dialer.MapPost("/GetCasesToDial", async (HttpRequest request) =>
        {
            var body = await Read(request, json.SaGetCasesToDialRequest);
            if (body?.Records is not { } records || records <= 0)
            {
                return Results.Json(new SaError("Records is required"), json.SaError, statusCode: StatusCodes.Status400BadRequest);
            }

            var cases = state.CasesToDial(body.Campaign, body.CaseGroup, records, body.AutoChange ?? false);
            return Results.Json(cases.Select(ToCaseToDial).ToList(), json.ListSaCaseToDial);
        });

        dialer.MapPost("/UpdateCaseStatus", async (HttpRequest request) =>
        {
            var body = await Read(request, json.ListSaUpdateCaseStatus);
            if (body is null || body.Count == 0)
            {
                return Results.Json(
                    new SaError("At least one case is required"),
                    json.SaError,
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var problems = state.UpdateCaseStatus([.. body.Select(u => (u.CaseId, u.Status, u.NextCall, u.Attempts, u.Disposition))]);
            return problems.Count == 0
                ? Results.Ok()
                : Results.Json(new SaError(string.Join(" ", problems)), json.SaError, statusCode: StatusCodes.Status400BadRequest);
        });

        dialer.MapPost("/AddCaseNote", async (HttpRequest request) =>
        {
            var body = await Read(request, json.SaAddCaseNote);
            if (body?.CaseId is not { } caseId || string.IsNullOrWhiteSpace(body.Note))
            {
                return Results.Json(new SaError("CaseID and Note are required"), json.SaError, statusCode: StatusCodes.Status400BadRequest);
            }

            return state.AddCaseNote(caseId, body.Note)
                ? Results.Ok()
                : Results.Json(new SaError("Case not found"), json.SaError, statusCode: StatusCodes.Status404NotFound);
        });

        dialer.MapPost("/AddCaseNoteByPhone", async (HttpRequest request) =>
        {
            var body = await Read(request, json.SaAddCaseNoteByPhone);
            if (string.IsNullOrWhiteSpace(body?.Phone) || string.IsNullOrWhiteSpace(body.Note))
            {
                return Results.Json(new SaError("Phone and Note are required"), json.SaError, statusCode: StatusCodes.Status400BadRequest);
            }

            return state.AddCaseNoteByPhone(body.Phone, body.Note).Count > 0
                ? Results.Ok()
                : Results.Json(new SaError("No case with this phone"), json.SaError, statusCode: StatusCodes.Status404NotFound);
        });
    }

    private static async Task<T?> Read<T>(HttpRequest request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(request.Body, type, request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static bool TryDate(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static SaCaseInfo ToCaseInfo(SandboxCase c, bool contactInfo) => new(
        c.CaseId, c.CaseNumber, c.CaseTypeId, c.CaseType, c.CaseStatusId, c.CaseStatus, Date(c.CaseStatusFrom), c.OfficeId, c.OfficeName,
        [new SaPlaintiff(1, $"{c.LastName}, {c.FirstName}", "Plaintiff", c.ContactId, true, true,
            contactInfo
                ? new SaContactInfo(
                    c.FirstName,
                    c.LastName,
                    c.Email,
                    [.. c.Phones.Select(p => new SaPlaintiffPhone(p.Name, p.Number, p.Primary, p.Text))])
                    : null)],
        [.. c.Staff.Select(s => new SaStaff(s.UserId, s.Name, s.Role, s.Email))],
        [.. c.SubStatuses.Select((s, i) => new SaSecondStatus(100 + i, Date(s.From), s.Type, s.Name))],
        Date(c.Created), Date(c.Modified));

    private static SaNote ToNote(long caseId, SmartAdvocateSandboxState state, SandboxNote n) => new(
        n.NoteId, caseId, state.CaseInfo("%").First(c => c.CaseId == caseId).CaseNumber, n.NoteType == "Dialer" ? 5 : 2, n.NoteType, n.Text,
        0, "", 0, n.UserId, Date(n.Date), Date(n.Date), n.NoteType, false, false);

    private static SaDocument ToDocument(SandboxDocument d) => new(
        d.DocumentId, d.CaseId, d.CaseNumber, d.Name, d.Name, Date(d.Modified), Date(d.Modified), 1, d.Category, null, null, 70_000
            + d.DocumentId);

    private static SaCaseToDial ToCaseToDial(SandboxCase c) => new(
        c.CaseId, [.. c.Phones.Select(p => new SaDialerPhone(
            p.Name,
            p.Number,
            p.Primary,
            p.Text))], c.CaseStatus, c.DialerStatus, c.Campaign,
        c.Attempts.ToString(CultureInfo.InvariantCulture), c.NextCall.ToString(DialerDateFormat, CultureInfo.InvariantCulture), c.ZipCode);
}

internal sealed record SaError([property: JsonPropertyName("message")] string Message);

[JsonSerializable(typeof(SaAuthenticateRequest))]
[JsonSerializable(typeof(SaAuthenticateResponse))]
[JsonSerializable(typeof(SaError))]
[JsonSerializable(typeof(List<SaCaseInfo>))]
[JsonSerializable(typeof(SaCaseInfo))]
[JsonSerializable(typeof(List<SaNote>))]
[JsonSerializable(typeof(List<SaDocument>))]
[JsonSerializable(typeof(SaDocumentsByDateRequest))]
[JsonSerializable(typeof(SaDocumentsPage))]
[JsonSerializable(typeof(SaGetCasesToDialRequest))]
[JsonSerializable(typeof(List<SaCaseToDial>))]
[JsonSerializable(typeof(List<SaUpdateCaseStatus>))]
[JsonSerializable(typeof(SaAddCaseNote))]
[JsonSerializable(typeof(SaAddCaseNoteByPhone))]
internal sealed partial class SmartAdvocateSandboxJson : JsonSerializerContext;
