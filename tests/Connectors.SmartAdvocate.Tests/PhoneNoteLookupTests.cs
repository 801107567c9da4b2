using System.Net;

using Connectors.Core.Http;

using RichardSzalay.MockHttp;

using Xunit.Abstractions;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>Runs alone, so that the memory figures are this test's own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PhoneNoteLookupRunsAlone
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Phone note lookup memory";
}

/// <summary>
/// Issue 14 point 12: the look-up after a note by phone whose answer was lost reads CaseInfo (every case, one answer)
/// one case at a time, as the case source does, each case under <see cref="SmartAdvocateOptions.MaxCaseBytes"/>;
/// it never holds the whole list.
/// </summary>
[Collection(PhoneNoteLookupRunsAlone.Name)]
public sealed class PhoneNoteLookupTests(ITestOutputHelper output)
{
    private const string Api = TestHost.Host + "/CaseSyncAPI";
    private const string Phone = "4025555759";
    private const string NoteId = "A1B2C3D4E5F6";

    [Fact]
    public async Task The_phone_lookup_finds_the_case_in_a_large_CaseInfo_answer_without_holding_the_list()
    {
        using var host = new TestHost();
        var answer = new GeneratedCaseInfoAnswer(60_000, Phone);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/CaseInfo").Respond(_ => GeneratedCaseInfoAnswer.Answer(answer));
        var note = SmartAdvocateNoteMarker.Mark("[Connectors SDK]", "Called back.", NoteId);
        host.Http.Expect(HttpMethod.Get, $"{Api}/case/60000/notes")
            .Respond("application/json",
                $$"""[{"noteID":1,"caseID":60000,"noteText":"<p>{{note}}</p>","noteDate":"2026-11-24T15:00:00.000Z"}]""");

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var found = await host.CaseSync.HasNoteOnCaseWithPhoneAsync(Phone, NoteId, CancellationToken.None);

        var held = answer.LiveAtEnd!.Value - before;
        output.WriteLine($"{answer.Count} cases, {answer.Served / 1024} KB served; {held / 1024} KB held when the last byte was read");
        Assert.True(found);
        host.Http.VerifyNoOutstandingExpectation();
        // The list would hold every case (several times the answer's bytes); one case at a time holds a few buffers.
        Assert.True(held < answer.Served / 4, $"{held / 1024} KB held for a {answer.Served / 1024} KB answer");
    }

    [Fact]
    public async Task The_phone_lookup_refuses_a_case_larger_than_MaxCaseBytes()
    {
        using var host = new TestHost(o => o.MaxCaseBytes = 64 * 1024);
        host.ExpectSignIn(TestHost.Token(TestHost.Now + Duration.FromHours(2)));
        host.Http.When(HttpMethod.Get, $"{Api}/case/CaseInfo").Respond(_ =>
            GeneratedCaseInfoAnswer.Answer(new GeneratedCaseInfoAnswer(3, Phone, padding: 200 * 1024)));
        host.Http.When(HttpMethod.Get, $"{Api}/case/3/notes").Respond("application/json", "[]");

        var error = await Record.ExceptionAsync(() => host.CaseSync.HasNoteOnCaseWithPhoneAsync(Phone, NoteId, CancellationToken.None));

        var format = Assert.IsType<ConnectorResponseFormatException>(error);
        Assert.Contains("MaxCaseBytes", format.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", format.Message, StringComparison.Ordinal);
    }
}
