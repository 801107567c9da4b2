using System.Text.RegularExpressions;

using Connectors.CasePeer;
using Connectors.CasePeer.Push;
using Connectors.CasePeer.Writes;
using Connectors.CaseXchange;
using Connectors.CaseXchange.Models;
using Connectors.Core;
using Connectors.Core.Model;
using Connectors.Core.Planning;
using Connectors.Core.Stages;
using Connectors.Core.Windows;
using Connectors.MyCase;
using Connectors.MyCase.Authentication;
using Connectors.MyCase.Webhooks;
using Connectors.Sandbox;
using Connectors.Sandbox.CasePeer;
using Connectors.Sandbox.CaseXchange;
using Connectors.Sandbox.MyCase;
using Connectors.Sandbox.SmartAdvocate;
using Connectors.SmartAdvocate;
using Connectors.SmartAdvocate.Dialer;

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using NodaTime;
using NodaTime.Testing;

using Xunit.Abstractions;

namespace Connectors.Reliability.Tests.Secrets;

/// <summary>
/// Point 5 of issue #7: each sample's flow against the sandbox, with every logger at Trace (HTTP client logging included,
/// which logs headers at Trace), and with failures provoked. No API key, token, password, client secret, client phone
/// or client name may appear in a log line, an exception's message or <c>ToString()</c>, or a DTO's or options'
/// <c>ToString()</c>.
/// </summary>
public sealed class SecretsInLogsTests(ITestOutputHelper output)
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 2, 0);

    [Fact]
    public async Task CasePeer_sample_flow_logs_no_key_and_no_client_data()
    {
        var vendor = new CasePeerSandbox(new CasePeerSandboxOptions { Cases = 40 });
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = new FakeClock(Now) });
        var seen = new Seen();
        var logs = new CapturingLoggerProvider();
        await using var provider = Services(logs, s => s.AddCasePeer(o =>
        {
            o.BaseAddress = sandbox.BaseAddressOf(vendor.PathPrefix);
            o.ApiKey = vendor.Options.ApiKey;
            o.RetryBaseDelay = TimeSpan.Zero;
        }));
        seen.Add(provider.GetRequiredService<IOptions<CasePeerOptions>>().Value);

        // The sample's flow: read, plan, note, document.
        var window = new RollingLookBackWindowPolicy(DateTimeZoneProviders.Tzdb["America/New_York"]).WindowFor(SyncCheckpoint.None, Now);
        var cases = new List<SourceCase>();
        await foreach (var item in provider.GetRequiredService<CasePeerCaseSource>().ReadCasesAsync(window))
        {
            cases.Add(item);
        }

        var plan = Plan(cases, "casepeer");
        seen.AddAll(cases, plan.Operations);
        var first = cases.First(c => c is { IsConnected: true, IsClosed: false, AttorneyEmail: not null });
        seen.Add(await provider.GetRequiredService<CasePeerNoteWriter>().WriteNoteAsync(
            new PlatformMessage("m-1", first.Key, "Your demand letter was sent today.")));
        seen.Add(await provider.GetRequiredService<CasePeerDocumentWriter>().WriteDocumentAsync(
            first.Key,
            new PlatformDocument("d-1", "demand.pdf", "%PDF"u8.ToArray())));

        // Failures: a refused key, a missing case, a push with a wrong key and one with bad client data.
        await using (var wrongKey = Services(logs, s => s.AddCasePeer(o =>
        {
            o.BaseAddress = sandbox.BaseAddressOf(vendor.PathPrefix);
            o.ApiKey = "wrong-" + vendor.Options.ApiKey;
            o.RetryBaseDelay = TimeSpan.Zero;
        })))
        {
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(
                    () => wrongKey.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync(first.Key.SourceId)));
        }

        seen.Add(await provider.GetRequiredService<CasePeerCaseSource>().ReadCaseAsync("987654321"));
        var receiver = new CasePeerPushReceiver("platform-push-key-0f3e9b", ["a.reyes@firm.example"], new FakeClock(Now));
        seen.Add(Assert.ThrowsAny<ConnectorException>(() => receiver.Receive(vendor.Options.ApiKey, "{}")));
        seen.Add(receiver.Receive(
            "platform-push-key-0f3e9b",
            $$"""{"case_id": 5, "client_first_name": "{{first.Client.FirstName}}", "client_cell_phone": "{{first.Client.Phone?.Raw}}"}"""));

        var secrets = new[] { vendor.Options.ApiKey, "wrong-" + vendor.Options.ApiKey, "platform-push-key-0f3e9b" };
        AssertNothingLeaks(
            logs,
            seen,
            secrets,
            Pii(vendor.Cases.Select(c => (c.Client?.FirstName, c.Client?.LastName, c.Client?.CellPhone))));
    }

    [Fact]
    public async Task SmartAdvocate_sample_flow_logs_no_password_key_token_or_client_data()
    {
        var vendor = new SmartAdvocateSandbox(new SmartAdvocateSandboxOptions { SeededAt = Now });
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = new FakeClock(Now) });
        var seen = new Seen();
        var logs = new CapturingLoggerProvider();
        var tokens = new TokenCapture();
        await using var provider = Services(logs, s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Now));
            var builders = s.AddSmartAdvocate(o =>
            {
                o.BaseAddress = sandbox.BaseAddressOf(SmartAdvocateSandbox.Prefix);
                o.Username = vendor.Options.Username;
                o.Password = vendor.Options.Password;
                o.ClientKey = vendor.Options.ClientKey;
                o.RetryBaseDelay = TimeSpan.Zero;
                o.DefaultAttorneyEmail = "lead.attorney@sandbox-firm.example";
                o.StageSubStatusTypes = ["Treatment Status"];
            });
            builders.AddHttpMessageHandler(() => tokens.Handler());
        });
        seen.Add(provider.GetRequiredService<IOptionsMonitor<SmartAdvocateOptions>>().CurrentValue);

        var source = provider.GetRequiredService<SmartAdvocateCaseSource>();
        var cases = new List<SourceCase>();
        await foreach (var item in source.ReadCasesAsync(new SyncWindow(Instant.FromUtc(2000, 1, 1, 0, 0), Now)))
        {
            cases.Add(item);
        }

        seen.AddAll(cases, Plan(cases, source.SourceSystem).Operations);
        var dialer = provider.GetRequiredService<SmartAdvocateDialerClient>();
        var toDial = await dialer.GetCasesToDialAsync(new DialerQuery
        {
            Campaign = SmartAdvocateSandbox.Campaign,
            Records = 10,
            AutoChange = true,
        });
        var plan = DialerPlanner.Plan(new DialerPlanRequest
        {
            Now = Now,
            Cases = toDial,
            Outcomes = [.. toDial.Select(c => new CallOutcome(c.CaseId, "Busy"))],
            Zones = new CallZoneResolver(DateTimeZoneProviders.Tzdb["America/New_York"]),
            Vocabulary = dialer.Vocabulary,
        });
        await dialer.UpdateCaseStatusAsync(plan.Updates);
        seen.AddAll(toDial, plan.Decisions, plan.Updates);
        var phone = toDial.Select(DialerPhones.ForText).First(p => p is not null)!;
        await dialer.AddCaseNoteByPhoneAsync(phone.Number, "Text reminder sent: please call us back.");
        seen.AddAll(await provider.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(toDial[0].CaseId));

        // Failures: a wrong password, a wrong client key, an unknown case.
        await using (var wrong = Services(logs, s => s.AddSmartAdvocate(o =>
        {
            o.BaseAddress = sandbox.BaseAddressOf(SmartAdvocateSandbox.Prefix);
            o.Username = vendor.Options.Username;
            o.Password = "wrong-" + vendor.Options.Password;
            o.ClientKey = "wrong-" + vendor.Options.ClientKey;
            o.RetryBaseDelay = TimeSpan.Zero;
        })))
        {
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(
                    () => wrong.GetRequiredService<SmartAdvocateCaseSyncClient>().GetCaseNotesAsync(1001)));
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(
                    () => wrong.GetRequiredService<SmartAdvocateDialerClient>()
                        .GetCasesToDialAsync(new DialerQuery { Campaign = "x", Records = 1 })));
        }

        seen.Add(await Assert.ThrowsAnyAsync<ConnectorException>(() => dialer.AddCaseNoteAsync(987654321, "note")));

        Assert.NotEmpty(tokens.Seen);
        var secrets = new[]
        {
            vendor.Options.Password,
            "wrong-" + vendor.Options.Password,
            vendor.Options.ClientKey,
            "wrong-" + vendor.Options.ClientKey,
        }.Concat(tokens.Seen);
        var pii = Pii(cases.Select(c => (c.Client.FirstName, c.Client.LastName, c.Client.Phone?.Raw)))
            .Concat(toDial.SelectMany(c => c.Phones).Select(p => p.Number.Raw))
                .Concat(toDial.SelectMany(c => c.Phones).Select(p => p.Number.E164 ?? p.Number.Raw));
        AssertNothingLeaks(logs, seen, secrets, pii);
    }

    [Fact]
    public async Task CaseXchange_sample_flow_logs_no_key_and_no_client_data()
    {
        var vendor = new CaseXchangeSandbox();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor] });
        var seen = new Seen();
        var logs = new CapturingLoggerProvider();
        ServiceProvider Client(string key) => Services(logs, s => s.AddCaseXchange(o =>
        {
            o.Environment = CaseXchangeEnvironment.Custom;
            o.BaseAddress = new Uri(sandbox.BaseAddressOf(vendor.PathPrefix), "api/public/v1/");
            o.ApiKey = key;
            o.RetryBaseDelay = TimeSpan.Zero;
        }));
        await using var provider = Client(vendor.Options.StandardKey);
        seen.Add(provider.GetRequiredService<IOptions<CaseXchangeOptions>>().Value);
        var client = provider.GetRequiredService<CaseXchangeClient>();

        seen.Add(await client.CheckKeyAsync());
        var draftBody = new CaseXchangeCreateSentCase(
            "Sample referral: rear-end collision",
            "ct-pi",
            "jur-ca",
            "Zelphira",
            "Quintavius-Marsh",
            "zelphira@client.example",
            "(402) 555-0199",
            CmsId: "SAMPLE-1");
        seen.Add(draftBody);
        var draft = await client.CreateDraftAsync(draftBody, "sample-draft-1");
        seen.Add(draft);
        seen.Add(await client.ReferAsync(draft.Id, vendor.PartnerFirms[0].Id));
        vendor.AdvanceOnHappyPath(draft.Id);
        var message = new CaseXchangeMessage(draft.Id, "Zelphira's medical records are on their way.", IdempotencyKey: "m-1");
        seen.Add(message);
        seen.Add(await client.SendMessageAsync(message));
        await foreach (var sent in client.ReadSentCasesAsync())
        {
            seen.Add(sent);
        }

        // Failures: a read-only key writing, an unknown key, an unknown case, a refused transition.
        await using (var readOnly = Client(vendor.Options.ReadOnlyKey))
        {
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(
                    () => readOnly.GetRequiredService<CaseXchangeClient>().CreateDraftAsync(draftBody)));
        }

        await using (var unknown = Client("cxp_full_not0the0sandbox0key"))
        {
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(() => unknown.GetRequiredService<CaseXchangeClient>().CheckKeyAsync()));
        }

        seen.Add(await Assert.ThrowsAnyAsync<ConnectorException>(() => client.GetSentCaseAsync("CX-XX-99999")));
        seen.Add(await Assert.ThrowsAnyAsync<ConnectorException>(() => client.ReferAsync(draft.Id, vendor.PartnerFirms[0].Id + "-other")));

        var secrets = new[]
        {
            vendor.Options.StandardKey,
            vendor.Options.ReadOnlyKey,
            vendor.Options.FullKey,
            "cxp_full_not0the0sandbox0key",
        };
        AssertNothingLeaks(
            logs,
            seen,
            secrets,
            ["Zelphira", "Quintavius-Marsh", "zelphira@client.example", "(402) 555-0199", "4025550199"]);
    }

    [Fact]
    public async Task MyCase_sample_flow_logs_no_secret_token_code_hmac_key_presigned_signature_or_client_data()
    {
        var vendor = new MyCaseSandbox(new MyCaseSandboxOptions { Cases = 30, SeededAt = Now });
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Vendors = [vendor], Clock = new FakeClock(Now) });
        var seen = new Seen();
        var logs = new CapturingLoggerProvider();
        var tokens = new TokenCapture();
        var uploads = new UrlCapture();
        var store = new InMemoryMyCaseTokenStore();
        void Configure(MyCaseOptions o, string secret)
        {
            o.BaseAddress = sandbox.BaseAddressOf(vendor.PathPrefix);
            o.AuthorizationServer = new Uri(sandbox.BaseAddressOf(vendor.PathPrefix), "auth/");
            o.ClientId = vendor.Options.ClientId;
            o.ClientSecret = secret;
            o.RedirectUri = vendor.Options.RedirectUri;
            o.RetryBaseDelay = TimeSpan.Zero;
            o.PageSize = 10;
        }

        await using var provider = Services(logs, s =>
        {
            s.AddSingleton<IClock>(new FakeClock(Now));
            s.AddSingleton<IMyCaseTokenStore>(store);
            s.AddHttpClient("Connectors.MyCase.Upload").AddHttpMessageHandler(() => uploads.Handler());
            s.AddMyCase(o => Configure(o, vendor.Options.ClientSecret)).AddHttpMessageHandler(() => tokens.Handler());
        });
        seen.Add(provider.GetRequiredService<IOptionsMonitor<MyCaseOptions>>().CurrentValue);

        // The sample's flow: authorize (the sandbox plays the browser), read and plan, import by URL, upload a document,
        // subscribe to webhooks and take a delivery.
        var oauth = provider.GetRequiredService<MyCaseOAuthClient>();
        const string state = "state-secret-check";
        Uri redirect;
        using (var handler = new HttpClientHandler { AllowAutoRedirect = false })
        using (var browser = new HttpClient(handler))
        using (var response = await browser.GetAsync(oauth.BuildAuthorizeUri(state)))
        {
            redirect = response.Headers.Location!;
        }

        var code = Uri.UnescapeDataString(redirect.Query.Split('&').Single(p => p.TrimStart('?').StartsWith(
            "code=",
            StringComparison.Ordinal)).Split('=', 2)[1]);
        seen.Add(await oauth.CompleteAuthorizationAsync(redirect, state));
        var source = provider.GetRequiredService<MyCaseCaseSource>();
        var cases = new List<SourceCase>();
        await foreach (var item in source.ReadCasesAsync(new SyncWindow(Instant.FromUtc(2000, 1, 1, 0, 0), Now)))
        {
            cases.Add(item);
        }

        seen.AddAll(cases, Plan(cases, source.SourceSystem).Operations);
        var first = vendor.Cases[0];
        seen.Add(await source.ImportAsync($"https://sandbox-firm.mycase.com/court_cases/{first.Id}"));
        var myCaseKey = new Connectors.Core.Model.CaseKey("mycase", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var upload = await provider.GetRequiredService<Connectors.MyCase.Writes.MyCaseDocumentWriter>().WriteDocumentAsync(
            myCaseKey,
            new Connectors.Core.Model.PlatformDocument("d-1", "demand.pdf", "%PDF"u8.ToArray(), "Demand letter"));
        seen.Add(upload);
        var webhooks = provider.GetRequiredService<MyCaseWebhooks>();
        var subscriptions = await webhooks.SubscribeAsync(new Uri("https://platform.example/hooks/mycase"));
        seen.AddAll(subscriptions);
        var delivery = vendor.CreateDeliveries("case", "updated", first.Id)[0];
        var hmacKey = subscriptions.First(x => x.Id == delivery.SubscriptionId).HmacKey!;
        var hint = webhooks.ReadDelivery(delivery.Body.Span, delivery.Signature, hmacKey);
        seen.Add(hint);
        seen.AddAll(await webhooks.ResolveAsync(hint));
        var saved = (await store.GetAsync(default))!;
        seen.Add(saved);

        // Failures: a wrong signature, a reused code, a wrong client secret, an unknown case, a revoked authorization.
        seen.Add(Assert.Throws<Connectors.Core.Http.ConnectorAuthenticationException>(() => webhooks.ReadDelivery(
            delivery.Body.Span,
            delivery.Signature[..^2] + "00",
            hmacKey)));
        seen.Add(await Assert.ThrowsAnyAsync<ConnectorException>(() => oauth.ExchangeCodeAsync(code)));
        await using (var wrong = Services(logs, s => s.AddMyCase(o => Configure(o, "wrong-" + vendor.Options.ClientSecret))))
        {
            seen.Add(
                await Assert.ThrowsAnyAsync<ConnectorException>(
                    () => wrong.GetRequiredService<MyCaseOAuthClient>().ExchangeCodeAsync("code-not-issued")));
        }

        seen.Add(await source.ReadCaseAsync("987654321"));
        vendor.RevokeAuthorization();
        seen.Add(
            await Assert.ThrowsAnyAsync<ConnectorException>(
                () => source.ReadCaseAsync(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.NotEmpty(tokens.Seen);
        Assert.NotEmpty(uploads.Signatures);
        var secrets = new[]
        {
            vendor.Options.ClientSecret,
            "wrong-" + vendor.Options.ClientSecret,
            code,
            hmacKey,
            saved.AccessToken,
            saved.RefreshToken,
        }
            .Concat(tokens.Seen).Concat(uploads.Signatures).Concat(subscriptions.Select(x => x.HmacKey!));
        var clients = vendor.Cases.SelectMany(c => c.ClientIds)
            .Select(vendor.Client)
            .Where(c => c is not null)
            .Select(c => (c!.FirstName, c.LastName, c.CellPhoneNumber));
        AssertNothingLeaks(logs, seen, secrets, Pii(clients));
    }

    private static ServiceProvider Services(CapturingLoggerProvider logs, Action<IServiceCollection> add)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        add(services);
        return services.BuildServiceProvider();
    }

    private static SyncPlan Plan(IReadOnlyList<SourceCase> cases, string system) => SyncPlanner.Plan(new SyncRequest
    {
        Tenant = "sample-firm",
        SourceSystem = system,
        Now = Now,
        Window = new SyncWindow(Instant.FromUtc(2000, 1, 1, 0, 0), Now),
        Source = cases,
        Target = [],
        Stages = new StageCatalog(
        [
            new PracticeAreaStages("Personal Injury", ["Intake", "Treatment", "Settled"]),
            new PracticeAreaStages("Auto Accident", ["Intake", "Litigation"]),
        ]),
        StageMap = new StageMap([]),
        KnownAttorneys = ["lead.attorney@sandbox-firm.example"],
    });

    /// <summary>Names of four letters or more (shorter ones match ordinary words) and phones, as written and as digits.</summary>
    private static IEnumerable<string> Pii(IEnumerable<(string? First, string? Last, string? Phone)> clients)
    {
        foreach (var (first, last, phone) in clients)
        {
            foreach (var name in new[] { first, last })
            {
                if (name is { Length: >= 4 })
                {
                    yield return name;
                }
            }

            if (!string.IsNullOrWhiteSpace(phone))
            {
                yield return phone;
                var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
                if (digits.Length >= 7)
                {
                    yield return digits;
                    yield return digits[^7..]; // the local part, however the number is formatted
                }
            }
        }
    }

    private void AssertNothingLeaks(CapturingLoggerProvider logs, Seen seen, IEnumerable<string> secrets, IEnumerable<string> pii)
    {
        var haystack = logs.Lines.Concat(seen.Texts).ToList();
        // HTTP logging was on
        Assert.Contains(
            logs.Lines,
            l => l.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal) && l.Contains("[Trace]", StringComparison.Ordinal));
        var needles = secrets.Where(s => !string.IsNullOrEmpty(s)).Select(s => (Kind: "secret", Text: s))
            .Concat(pii.Distinct(StringComparer.Ordinal).Select(p => (Kind: "client data", Text: p)))
            .ToList();
        var leaks = (from needle in needles
                     from line in haystack
                     where Regex.IsMatch(line, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(needle.Text)}(?![\p{{L}}\p{{N}}])")
                     select $"{needle.Kind} '{needle.Text}' in: {(line.Length > 300 ? line[..300] : line)}").Distinct().Take(10).ToList();
        output.WriteLine(
            $"{logs.Lines.Count} log lines and {seen.Texts.Count} messages/ToString() checked against {needles.Count} secrets and client " +
            "values.");
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    /// <summary>Every exception (message and ToString) and every object's ToString seen in a flow.</summary>
    private sealed class Seen
    {
        public List<string> Texts { get; } = [];

        public void Add(object? value)
        {
            switch (value)
            {
                case null:
                    return;
                case Exception ex:
                    Texts.Add(ex.Message);
                    Texts.Add(ex.ToString());
                    for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
                    {
                        Texts.Add(inner.Message);
                    }

                    return;
                default:
                    Texts.Add(value.ToString() ?? string.Empty);
                    return;
            }
        }

        public void AddAll(params System.Collections.IEnumerable[] lists)
        {
            foreach (var list in lists)
            {
                foreach (var item in list)
                {
                    Add(item);
                    if (item is SourceCase c)
                    {
                        Add(c.Client);
                        Add(c.Client.Phone);
                    }
                }
            }
        }
    }

    /// <summary>Records the <c>X-Amz-Signature</c> of every presigned URL the SDK PUTs to.</summary>
    private sealed class UrlCapture
    {
        public List<string> Signatures { get; } = [];

        public DelegatingHandler Handler() => new Capture(this);

        private sealed class Capture(UrlCapture owner) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                foreach (var part in request.RequestUri!.Query.TrimStart('?').Split('&'))
                {
                    if (part.StartsWith("X-Amz-Signature=", StringComparison.Ordinal))
                    {
                        lock (owner.Signatures)
                        {
                            owner.Signatures.Add(Uri.UnescapeDataString(part["X-Amz-Signature=".Length..]));
                        }
                    }
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }

    /// <summary>Records the bearer tokens the SDK sends, to look for them in logs afterwards.</summary>
    private sealed class TokenCapture
    {
        public List<string> Seen { get; } = [];

        public DelegatingHandler Handler() => new Capture(this);

        private sealed class Capture(TokenCapture owner) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.Headers.Authorization?.Parameter is { } token)
                {
                    lock (owner.Seen)
                    {
                        owner.Seen.Add(token);
                    }
                }

                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
