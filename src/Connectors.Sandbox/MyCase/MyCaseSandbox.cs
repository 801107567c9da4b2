using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

using Connectors.Sandbox.Recording;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using NodaTime;

namespace Connectors.Sandbox.MyCase;

/// <summary>
/// MyCase as its OpenAPI files describe it, under <c>/mycase/v1</c>: bearer tokens from the OAuth endpoints under
/// <c>/mycase/auth</c> (<c>login_sessions/new</c>, <c>tokens</c>; 24-hour access tokens, single-use 2-week refresh
/// tokens), bare JSON arrays with <c>Link</c> (<c>page_token</c>) and <c>Item-Count</c> headers, <c>{"errors": [...]}</c>
/// error bodies, 429 past 25 requests per second per client, two-step document upload with an S3-like presigned PUT
/// under <c>/mycase/s3</c> that refuses a bearer token, and webhook subscriptions with an <c>hmac_key</c>.
/// </summary>
public sealed partial class MyCaseSandbox : ISandboxVendor
{
    /// <summary>The largest page MyCase serves.</summary>
    public const int MaxPageSize = 1000;

    private readonly MyCaseSandboxOptions _options;
    private readonly object _gate = new();
    private readonly List<MyCaseSandboxCase> _cases;
    private readonly Dictionary<long, MyCaseSandboxClient> _clients;
    private readonly List<MyCaseSandboxStaff> _staff;
    private readonly List<MyCaseSandboxDocument> _documents = [];
    private readonly Dictionary<string, (long DocumentId, int Version, string Acl)> _uploads = new(StringComparer.Ordinal);
    private readonly List<MyCaseSandboxSubscription> _subscriptions = [];
    private readonly List<MyCaseSandboxRequest> _requests = [];
    private SandboxContext? _context;
    private long _nextDocumentId = 700_000;
    private int _nextSubscription;

    /// <summary>Creates the vendor with seeded data, or the data file's cases.</summary>
    public MyCaseSandbox(MyCaseSandboxOptions? options = null)
    {
        _options = options ?? new MyCaseSandboxOptions();
        if (_options.DataFile is { } file)
        {
            var (cases, clients, staff) = MyCaseSeedData.Load(file, _options.SeededAt);
            _cases = cases;
            _clients = clients.ToDictionary(c => c.Id);
            _staff = staff;
        }
        else
        {
            var (cases, clients) = MyCaseSeedData.Generate(_options.Cases, _options.Seed, _options.SeededAt);
            _cases = cases;
            _clients = clients.ToDictionary(c => c.Id);
            _staff = [.. MyCaseSeedData.Staff];
        }

        _cases.Sort((a, b) => a.Id.CompareTo(b.Id));
    }

    /// <inheritdoc />
    public string PathPrefix => "mycase";

    /// <summary>The options the sandbox runs with (its client credentials, to hand to a client under test).</summary>
    public MyCaseSandboxOptions Options => _options;

    /// <summary>A snapshot of the cases.</summary>
    internal IReadOnlyList<MyCaseSandboxCase> Cases => Locked(() => (IReadOnlyList<MyCaseSandboxCase>)[.. _cases]);

    /// <summary>A snapshot of the staff.</summary>
    internal IReadOnlyList<MyCaseSandboxStaff> Staff => Locked(() => (IReadOnlyList<MyCaseSandboxStaff>)[.. _staff]);

    /// <summary>One client.</summary>
    internal MyCaseSandboxClient? Client(long id) => Locked(() => _clients.GetValueOrDefault(id));

    /// <summary>The documents of a case.</summary>
    internal IReadOnlyList<MyCaseSandboxDocument> DocumentsOf(long caseId) =>
        Locked(() => (IReadOnlyList<MyCaseSandboxDocument>)_documents.Where(d => d.CaseId == caseId).ToList());

    /// <summary>The webhook subscriptions.</summary>
    internal IReadOnlyList<MyCaseSandboxSubscription> Subscriptions =>
        Locked(() => (IReadOnlyList<MyCaseSandboxSubscription>)[.. _subscriptions]);

    /// <summary>Every API request served so far (method, path, query names, body), for contract tests.</summary>
    internal IReadOnlyList<MyCaseSandboxRequest> Requests => Locked(() => (IReadOnlyList<MyCaseSandboxRequest>)[.. _requests]);

    /// <summary>How many 429s the rate limit answered.</summary>
    public int RateLimited { get; private set; }

    /// <summary>
    /// Simulates a day of work in the firm, deterministically per <paramref name="day"/>: some open cases move to their
    /// practice area's next stage, a few close. Their update time becomes <paramref name="at"/>.
    /// </summary>
    public void SimulateActivity(int day, Instant at)
    {
        var random = new Random(unchecked((_options.Seed * 397) + day)); // not HashCode.Combine: it is randomised per process
        lock (_gate)
        {
            for (var i = 0; i < _cases.Count; i++)
            {
                var item = _cases[i];
                if (item.Closed || random.Next(100) >= 12)
                {
                    continue;
                }

                var closes = random.Next(4) == 0;
                var stages = item.PracticeArea is { } area ? MyCaseSeedData.PracticeAreas.GetValueOrDefault(area) ?? [] : [];
                var next = Array.IndexOf(stages, item.CaseStage) is var index and >= 0
                    && index + 1 < stages.Length ? stages[index + 1] : item.CaseStage;
                _cases[i] = item with
                {
                    Closed = closes,
                    CaseStage = closes ? item.CaseStage : next,
                    ClosedDate = closes ? at.ToDateTimeOffset().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    UpdatedAt = at.ToDateTimeOffset(),
                };
            }
        }
    }

    /// <summary>Changes one case as a firm user would (a new stage, closing or reopening); its update time becomes <paramref name="at"/>,
    /// or now.</summary>
    /// <exception cref="ArgumentException">No such case.</exception>
    public void UpdateCase(long id, string? stage = null, bool? closed = null, Instant? at = null)
    {
        lock (_gate)
        {
            var index = _cases.FindIndex(c => c.Id == id);
            if (index < 0)
            {
                throw new ArgumentException($"The sandbox has no case {id}.", nameof(id));
            }

            var item = _cases[index];
            var isClosed = closed ?? item.Closed;
            _cases[index] = item with
            {
                CaseStage = stage ?? item.CaseStage,
                Closed = isClosed,
                ClosedDate = isClosed ? (at?.ToDateTimeOffset() ?? Now()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                UpdatedAt = at?.ToDateTimeOffset() ?? Now(),
            };
        }
    }

    /// <summary>
    /// Signs a delivery for every subscription of <paramref name="model"/>, in the nested form
    /// <c>{"resource", "action", "resource_body": {"id", ...}}</c> with HMAC-SHA256 over the body (both modelled).
    /// </summary>
    public IReadOnlyList<MyCaseSandboxDelivery> CreateDeliveries(string model, string action, long id)
    {
        var body = new JsonObject
        {
            ["resource"] = string.Concat(model[..1].ToUpperInvariant(), model[1..]),
            ["action"] = action,
            ["resource_body"] = new JsonObject { ["id"] = id, ["updated_at"] = Iso(Now()) },
        };
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        return Subscriptions
            .Where(s => s.Model == model && s.Actions.Contains(action))
            .Select(s => new MyCaseSandboxDelivery(
                s.Id,
                bytes,
                "X-MyCase-Signature",
                Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(s.HmacKey), bytes)).ToLowerInvariant()))
            .ToList();
    }

    /// <inheritdoc />
    public Task WriteErrorAsync(HttpContext http, int statusCode, string message)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(Errors((message, null, null)).ToJsonString(), http.RequestAborted);
    }

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder routes, SandboxContext context)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _context = context;
        MapAuthorization(routes.MapGroup("/auth"));
        routes.MapPut("/s3/uploads/{key}", PutObject);
        MapApi(routes.MapGroup("/v1").AddEndpointFilter(async (invocation, next) =>
        {
            var http = invocation.HttpContext;
            await Record(http.Request).ConfigureAwait(false);
            return Authenticate(http.Request) ?? Limit(http.Request) ?? await next(invocation).ConfigureAwait(false);
        }));
    }

    private async Task Record(HttpRequest request)
    {
        string? body = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            request.EnableBuffering();
            using var reader = new StreamReader(request.Body, Encoding.UTF8, leaveOpen: true);
            body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            request.Body.Position = 0;
        }

        var path = request.Path.Value ?? string.Empty;
        path = path.StartsWith($"/{PathPrefix}/", StringComparison.OrdinalIgnoreCase) ? path[(PathPrefix.Length + 1)..] : path;
        var entry = new MyCaseSandboxRequest(request.Method, path, [.. request.Query.Keys], body, request.Headers.Authorization.Count > 0);
        lock (_gate)
        {
            _requests.Add(entry);
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private DateTimeOffset Now() => (_context?.Clock ?? SystemClock.Instance).GetCurrentInstant().ToDateTimeOffset();

    private void Log(string operation, string resourceId, string detail) =>
        _context?.Writes.Add(new WriteRecord(PathPrefix, operation, resourceId, null, detail, Now()));

    private static string Iso(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject Errors(params (string Description, string? Pointer, string? Parameter)[] errors)
    {
        var list = new JsonArray();
        foreach (var (description, pointer, parameter) in errors)
        {
            var error = new JsonObject { ["description"] = description };
            if (pointer is not null)
            {
                error["source"] = new JsonObject { ["pointer"] = pointer };
            }
            else if (parameter is not null)
            {
                error["source"] = new JsonObject { ["parameter"] = parameter };
            }

            list.Add(error);
        }

        return new JsonObject { ["errors"] = list };
    }

    private static IResult Error(int status, string description, string? pointer = null, string? parameter = null) =>
        Results.Content(Errors((description, pointer, parameter)).ToJsonString(), "application/json", Encoding.UTF8, status);

    private static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(), "application/json", Encoding.UTF8, status);

    private static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(
                request.Body,
                cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
