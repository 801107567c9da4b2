using System.Globalization;
using System.Text;

using Connectors.MyCase.Http;
using Connectors.MyCase.Webhooks;

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Connectors.MyCase.Tests;

/// <summary>Laws of the small parsers: Link headers, pasted case URLs, webhook signatures.</summary>
public class MyCasePropertyTests
{
    [Property(MaxTest = 300)]
    public bool The_next_page_token_survives_any_escaping_and_any_other_links(NonEmptyString token, bool previousFirst, bool quoted)
    {
        var next = $"<https://external-integrations.mycase.com/v1/cases?page_size=40&page_token={Uri.EscapeDataString(token.Get)}>; " +
            $"rel={(quoted ? "\"next\"" : "next")}";
        const string previous = "<https://external-integrations.mycase.com/v1/cases?page_size=40&page_token=older,one>; rel=\"prev\"";
        var header = previousFirst ? $"{previous}, {next}" : $"{next}, {previous}";

        return MyCaseLinkHeader.NextPageToken([header]) == token.Get;
    }

    [Fact]
    public void Without_a_next_link_there_is_no_next_page()
    {
        Assert.Null(MyCaseLinkHeader.NextPageToken([]));
        Assert.Null(MyCaseLinkHeader.NextPageToken(["<https://x.example/v1/cases?page_token=a>; rel=\"prev\""]));
        Assert.Throws<Core.ConnectorException>(() =>
            MyCaseLinkHeader.NextPageToken(["<https://x.example/v1/cases?page_size=4>; rel=\"next\""]));
    }

    [Property(MaxTest = 300)]
    public bool A_case_id_is_read_back_from_every_form_a_user_pastes(PositiveInt id, bool trailing, bool query)
    {
        var text = id.Get.ToString(CultureInfo.InvariantCulture);
        var suffix = (trailing ? "/details" : string.Empty) + (query ? "?tab=info#top" : string.Empty);
        string[] forms =
        [
            text,
            $"  {text} ",
            $"https://smithlaw.mycase.com/court_cases/{text}{suffix}",
            $"https://external-integrations.mycase.com/v1/cases/{text}{suffix}",
            $"https://smithlaw.mycase.com/#/court_cases/{text}",
        ];
        return forms.All(f => MyCaseCaseUrl.TryParseCaseId(f, out var parsed) && parsed == id.Get);
    }

    [Property(MaxTest = 200)]
    public bool A_url_without_a_case_id_holds_none(NonNegativeInt number)
    {
        var n = number.Get.ToString(CultureInfo.InvariantCulture);
        string[] inputs =
        [
            $"https://smithlaw.mycase.com/contacts/clients/{n}",
            "https://smithlaw.mycase.com/dashboard",
            $"https://smithlaw.mycase.com/court_cases/new{n}",
            "not a url",
            $"ftp://smithlaw.mycase.com/court_cases/{n}",
            "0",
            "-5",
        ];
        return inputs.All(i => !MyCaseCaseUrl.TryParseCaseId(i, out _));
    }

    [Fact]
    public void A_url_without_a_case_id_is_a_clear_error()
    {
        var error = Assert.Throws<Core.Http.ConnectorValidationException>(() =>
            MyCaseCaseUrl.ParseCaseId("https://smithlaw.mycase.com/calendar"));

        Assert.Contains("court_cases", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public bool A_delivery_verifies_with_its_own_signature_in_hex_or_base64_and_with_a_prefix(NonNull<byte[]> body, NonEmptyString key)
    {
        var hex = MyCaseWebhookSignature.Compute(body.Get, key.Get);
        var base64 = Convert.ToBase64String(Convert.FromHexString(hex));
        return MyCaseWebhookSignature.Verify(body.Get, hex, key.Get)
               && MyCaseWebhookSignature.Verify(body.Get, hex.ToUpperInvariant(), key.Get)
               && MyCaseWebhookSignature.Verify(body.Get, base64, key.Get)
               && MyCaseWebhookSignature.Verify(body.Get, "sha256=" + hex, key.Get);
    }

    [Property(MaxTest = 300)]
    public Property Any_changed_byte_or_another_key_fails_verification()
    {
        var gen =
            from body in ArbMap.Default.GeneratorFor<byte[]>().Where(b => b.Length > 0)
            from index in Gen.Choose(0, 10_000)
            from bit in Gen.Choose(0, 7)
            from key in ArbMap.Default.GeneratorFor<NonEmptyString>()
            select (Body: body, Index: index % body.Length, Bit: bit, Key: key.Get);

        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var signature = MyCaseWebhookSignature.Compute(input.Body, input.Key);
            var changed = (byte[])input.Body.Clone();
            changed[input.Index] ^= (byte)(1 << input.Bit);
            return !MyCaseWebhookSignature.Verify(changed, signature, input.Key)
                   && !MyCaseWebhookSignature.Verify(input.Body, signature, input.Key + "x")
                   && !MyCaseWebhookSignature.Verify(input.Body, null, input.Key);
        });
    }

    [Fact]
    public void The_algorithm_is_configurable()
    {
        var body = Encoding.UTF8.GetBytes("""{"id": 1}""");
        var sha512 = MyCaseWebhookSignature.Compute(body, "k", MyCaseWebhookSignatureAlgorithm.HmacSha512);

        Assert.True(MyCaseWebhookSignature.Verify(body, sha512, "k", MyCaseWebhookSignatureAlgorithm.HmacSha512));
        Assert.False(MyCaseWebhookSignature.Verify(body, sha512, "k"));
    }

    [Theory]
    [InlineData("""{"resource": "Case", "action": "updated", "resource_body": {"id": 123, "name": "x"}}""", null, "case", "updated", 123)]
    [InlineData("""{"id": "456", "action": "created"}""", "client", "client", "created", 456)]
    [InlineData("""{"model": "case", "id": 7}""", null, "case", null, 7)]
    public void Both_delivery_forms_are_read(string body, string? subscribed, string model, string? action, long id)
    {
        Assert.Equal(new MyCaseWebhookHint(model, action, id), MyCaseWebhooks.Parse(Encoding.UTF8.GetBytes(body), subscribed));
    }

    [Fact]
    public void Options_report_every_problem_and_never_print_the_secret()
    {
        var options = new MyCaseOptions { ClientSecret = "s3cret-value", PageSize = 5000, BaseAddress = new Uri("http://mycase.example/") };

        var result = new MyCaseOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("RedirectUri", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("PageSize", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("https", StringComparison.Ordinal));
        Assert.DoesNotContain("s3cret-value", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-value", string.Join(" ", result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_schedules_are_the_vendor_documents()
    {
        Assert.Equal(new NodaTime.LocalTime(21, 15), MyCaseSchedules.NightlySync.TimeOfDay);
        Assert.Equal(NodaTime.DateTimeZone.Utc, MyCaseSchedules.NightlySync.Zone);
        Assert.Equal(NodaTime.Duration.FromMinutes(20), MyCaseSchedules.Documents.Interval);
    }
}

public class MyCaseStagesTests
{
    [Fact]
    public void Stages_match_as_mycase_matches_them_and_unmatched_ones_are_listed()
    {
        var catalog = MyCaseStages.Catalog([new Core.Stages.PracticeAreaStages(
            "Personal Injury",
            ["Intake", "Treatment Completed", "Settled"])]);
        var overrides = new Core.Stages.StageMap([new Core.Stages.StageOverride("Released From Treatment", "Treatment Completed")]);

        var unmatched = MyCaseStages.FindUnmatched(
            ["intake", "RELEASED FROM TREATMENT", "Settled", "Litigation", "Set tled", "litigation"],
            catalog,
            overrides);

        Assert.Equal(Core.Stages.StageNameMatching.IgnoreCase, catalog.Matching);
        Assert.Equal(["Litigation", "Set tled"], unmatched);
    }
}
