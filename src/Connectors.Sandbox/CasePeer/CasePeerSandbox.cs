using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using NodaTime;

namespace Connectors.Sandbox.CasePeer;

/// <summary>
/// CASEpeer as modelled in <c>docs/vendors/casepeer.md</c>, under <c>/casepeer/api/v1</c>: the firm key in a header,
/// <c>{"detail"}</c> errors, <c>page</c>/<c>page_size</c> pages of cases filtered by update time and of case notes and
/// documents (server-side state), and <c>Idempotency-Key</c> honoured on every write.
/// </summary>
public sealed class CasePeerSandbox : ISandboxVendor
{
    /// <summary>The largest page the sandbox serves.</summary>
    public const int MaxPageSize = 100;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly CasePeerSandboxOptions _options;
    private readonly object _gate = new();
    private readonly List<CasePeerCaseWire> _cases;
    private readonly Dictionary<long, List<CasePeerNoteWire>> _notes = [];
    private readonly Dictionary<long, List<CasePeerDocumentWire>> _documents = [];
    private readonly Dictionary<string, object> _idempotent = new(StringComparer.Ordinal);
    private SandboxContext? _context;
    private long _nextId = 900_000;

    /// <summary>Creates the vendor with seeded data, or the data file's cases.</summary>
    public CasePeerSandbox(CasePeerSandboxOptions? options = null)
    {
        _options = options ?? new CasePeerSandboxOptions();
        _cases = _options.DataFile is { } file
            ? JsonSerializer.Deserialize<List<CasePeerCaseWire>>(File.ReadAllText(file), Json) ?? []
            : CasePeerSeedData.Generate(_options.Cases, _options.Seed, _options.SeededAt);
        _cases.Sort((a, b) => a.Id.CompareTo(b.Id));
    }

    /// <inheritdoc />
    public string PathPrefix => "casepeer";

    /// <summary>The options the sandbox runs with (its key, to hand to a client under test).</summary>
    public CasePeerSandboxOptions Options => _options;

    /// <summary>A snapshot of the cases.</summary>
    internal IReadOnlyList<CasePeerCaseWire> Cases
    {
        get
        {
            lock (_gate)
            {
                return [.. _cases];
            }
        }
    }

    /// <summary>The notes of a case.</summary>
    internal IReadOnlyList<CasePeerNoteWire> NotesOf(long caseId)
    {
        lock (_gate)
        {
            return _notes.TryGetValue(caseId, out var notes) ? [.. notes] : [];
        }
    }

    /// <summary>The documents of a case.</summary>
    internal IReadOnlyList<CasePeerDocumentWire> DocumentsOf(long caseId)
    {
        lock (_gate)
        {
            return _documents.TryGetValue(caseId, out var documents) ? [.. documents] : [];
        }
    }

    /// <summary>
    /// Simulates a day of work in the firm, deterministically per <paramref name="day"/>: some open cases move to their
    /// next status, a few close. Their update time becomes <paramref name="at"/>.
    /// </summary>
    public void SimulateActivity(int day, Instant at)
    {
        var random = new Random(HashCode.Combine(_options.Seed, day));
        lock (_gate)
        {
            for (var i = 0; i < _cases.Count; i++)
            {
                var item = _cases[i];
                if (item.IsClosed || random.Next(100) >= 8)
                {
                    continue;
                }

                var closes = random.Next(4) == 0;
                var statuses = CasePeerSeedData.Statuses.GetValueOrDefault(item.CaseType) ?? [];
                var next = Array.IndexOf(statuses, item.Status) is var index and >= 0
                    && index + 1 < statuses.Length ? statuses[index + 1] : item.Status;
                _cases[i] = item with { IsClosed = closes, Status = closes ? item.Status : next, UpdatedAt = at.ToDateTimeOffset() };
            }
        }
    }

    /// <summary>Changes one case as a firm user would (a new status, closing or reopening); its update time becomes <paramref
    /// name="at"/>.</summary>
    /// <exception cref="ArgumentException">No such case.</exception>
    public void UpdateCase(long id, Instant at, string? status = null, bool? closed = null)
    {
        lock (_gate)
        {
            var index = _cases.FindIndex(c => c.Id == id);
            if (index < 0)
            {
                throw new ArgumentException($"The sandbox has no case {id}.", nameof(id));
            }

            var item = _cases[index];
            _cases[index] = item with
            {
                Status = status ?? item.Status,
                IsClosed = closed ?? item.IsClosed,
                UpdatedAt = at.ToDateTimeOffset(),
            };
        }
    }

    /// <inheritdoc />
    public Task WriteErrorAsync(HttpContext http, int statusCode, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = statusCode;
        return http.Response.WriteAsJsonAsync(new CasePeerErrorWire(message), Json);
    }

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _context = context;
        var api = routes.MapGroup("/api/v1").AddEndpointFilter(async (invocation, next) =>
            Authenticate(invocation.HttpContext.Request) is { } refusal ? refusal : await next(invocation).ConfigureAwait(false));
        api.MapGet("/cases", ListCases);
        api.MapGet("/cases/{id:long}", (long id) => Find(id) is { } item ? Results.Json(item, Json) : NotFound());
        api.MapGet(
            "/cases/{id:long}/notes",
            (long id, HttpRequest request, int? page, int? page_size) =>
                Find(id) is null ? NotFound() : Paged(request, NotesOf(id), page, page_size));
        api.MapPost("/cases/{id:long}/notes", AddNote);
        api.MapGet(
            "/cases/{id:long}/documents",
            (long id, HttpRequest request, int? page, int? page_size) =>
                Find(id) is null ? NotFound() : Paged(request, DocumentsOf(id), page, page_size));
        api.MapPost("/cases/{id:long}/documents", AddDocument);
    }

    private IResult? Authenticate(HttpRequest request)
    {
        var key = request.Headers[_options.ApiKeyHeader].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return Results.Json(
                new CasePeerErrorWire("Authentication credentials were not provided."),
                Json,
                statusCode: StatusCodes.Status401Unauthorized);
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(_options.ApiKey))
            ? null
            : Results.Json(new CasePeerErrorWire("Invalid API key."), Json, statusCode: StatusCodes.Status401Unauthorized);
    }

    private IResult ListCases(HttpRequest request, int? page, int? page_size, string? updated_after, string? updated_before)
    {
        if (!TryParse(updated_after, out var after) || !TryParse(updated_before, out var before))
        {
            return Results.Json(
                new CasePeerErrorWire("updated_after and updated_before must be ISO-8601 date-times."),
                Json,
                statusCode: 400);
        }

        var matching = Cases.Where(c => (after is null || c.UpdatedAt >= after) && (before is null || c.UpdatedAt < before)).ToList();
        return Paged(request, matching, page, page_size);
    }

    // Every list is paged the same way: page (1-based) and page_size (1 to 100, 50 by default), next and previous links.
    private static IResult Paged<T>(HttpRequest request, IReadOnlyList<T> items, int? page, int? page_size)
    {
        var size = page_size ?? 50;
        var number = page ?? 1;
        if (size is < 1 or > MaxPageSize || number < 1)
        {
            return Results.Json(
                new CasePeerErrorWire($"page must be 1 or more and page_size between 1 and {MaxPageSize}."),
                Json,
                statusCode: 400);
        }

        var results = items.Skip((number - 1) * size).Take(size).ToList();
        var next = (long)number * size < items.Count ? PageLink(request, number + 1) : null;
        var previous = number > 1 ? PageLink(request, number - 1) : null;
        return Results.Json(new CasePeerPageWire<T>(items.Count, next, previous, results), Json);
    }

    private async Task<IResult> AddNote(long id, HttpRequest request)
    {
        if (Find(id) is null)
        {
            return NotFound();
        }

        if (await ReadBodyAsync<CasePeerNoteRequestWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        if (string.IsNullOrWhiteSpace(body.Note))
        {
            return Results.Json(new CasePeerErrorWire("note: This field may not be blank."), Json, statusCode: 400);
        }

        return Idempotent(request, "note", id, () =>
        {
            var note = new CasePeerNoteWire(Interlocked.Increment(ref _nextId), id, body.Note, body.AuthorEmail, Now());
            Append(_notes, id, note);
            return (note, $"note {note.Id} by {(body.AuthorEmail is null ? "no author" : "the primary attorney")}");
        });
    }

    private async Task<IResult> AddDocument(long id, HttpRequest request)
    {
        if (Find(id) is null)
        {
            return NotFound();
        }

        if (await ReadBodyAsync<CasePeerDocumentRequestWire>(request).ConfigureAwait(false) is not { } body)
        {
            return BadJson();
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(body.ContentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            return Results.Json(new CasePeerErrorWire("content_base64: Not valid base64."), Json, statusCode: 400);
        }

        if (string.IsNullOrWhiteSpace(body.FileName) || bytes.Length == 0)
        {
            return Results.Json(new CasePeerErrorWire("file_name and content_base64 are required."), Json, statusCode: 400);
        }

        return Idempotent(request, "document", id, () =>
        {
            var document = new CasePeerDocumentWire(
                Interlocked.Increment(ref _nextId), id, body.FileName, body.ExternalId, Convert.ToHexString(SHA256.HashData(bytes))
                    .ToLowerInvariant(), bytes.Length, Now());
            Append(_documents, id, document);
            return (document, $"document {document.Id} ({document.Size} bytes)");
        });
    }

    // A write repeated with the same Idempotency-Key returns the first result and changes nothing.
    private IResult Idempotent<T>(HttpRequest request, string operation, long caseId, Func<(T Created, string Detail)> create)
        where T : notnull
    {
        var key = _context?.IgnoreIdempotencyKeys == true ? string.Empty : request.Headers["Idempotency-Key"].ToString();
        lock (_gate)
        {
            if (key.Length > 0 && _idempotent.TryGetValue($"{operation}:{key}", out var earlier))
            {
                return Results.Json(earlier, Json, statusCode: StatusCodes.Status200OK);
            }

            var (created, detail) = create();
            if (key.Length > 0)
            {
                _idempotent[$"{operation}:{key}"] = created;
            }

            _context?.Writes.Add(new Recording.WriteRecord(
                PathPrefix,
                operation,
                caseId.ToString(CultureInfo.InvariantCulture),
                key.Length > 0 ? key : null,
                detail,
                Now()));
            return Results.Json(created, Json, statusCode: StatusCodes.Status201Created);
        }
    }

    private static void Append<T>(Dictionary<long, List<T>> store, long caseId, T item)
    {
        if (!store.TryGetValue(caseId, out var list))
        {
            store[caseId] = list = [];
        }

        list.Add(item);
    }

    private CasePeerCaseWire? Find(long id)
    {
        lock (_gate)
        {
            var index = _cases.BinarySearch(
                new CasePeerCaseWire(id, "", "", null, false, default, false, false, null, null),
                Comparer<CasePeerCaseWire>.Create((a, b) => a.Id.CompareTo(b.Id)));
            return index >= 0 ? _cases[index] : null;
        }
    }

    private DateTimeOffset Now() => (_context?.Clock ?? SystemClock.Instance).GetCurrentInstant().ToDateTimeOffset();

    private static async Task<T?> ReadBodyAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(Json, request.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult BadJson() =>
        Results.Json(new CasePeerErrorWire("JSON parse error."), Json, statusCode: StatusCodes.Status400BadRequest);

    private static IResult NotFound() => Results.Json(new CasePeerErrorWire("Not found."), Json, statusCode: StatusCodes.Status404NotFound);

    private static string PageLink(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key != "page")
            .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"page={page}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', query)}";
    }

    private static bool TryParse(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed);
        value = parsed;
        return ok;
    }
}
