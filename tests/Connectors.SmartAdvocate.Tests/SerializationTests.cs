using System.Text.Json;

using Connectors.SmartAdvocate.Models;

namespace Connectors.SmartAdvocate.Tests;

public class SerializationTests
{
    [Theory]
    [InlineData("2021-05-03T20:08:00Z", 0)]
    [InlineData("2021-05-03T20:08:00.237Z", 237)]
    [InlineData("2021-05-03T20:08:00", 0)]
    [InlineData("2021-05-03T20:08:00.5", 500)]
    [InlineData("2021-05-03T16:08:00-04:00", 0)]
    public void CaseSync_dates_parse_leniently(string text, int milliseconds)
    {
        var note = JsonSerializer.Deserialize($"[{{\"noteID\":1,\"caseID\":2,\"noteDate\":\"{text}\"}}]",
            SmartAdvocateJsonContext.Default.IReadOnlyListSmartAdvocateCaseNote)!;

        Assert.Equal(Instant.FromUtc(2021, 5, 3, 20, 8).PlusNanoseconds(milliseconds * 1_000_000L), note[0].NoteDate);
    }

    [Fact]
    public void Null_and_absent_dates_read_as_null()
    {
        var notes = JsonSerializer.Deserialize("[{\"noteID\":1,\"caseID\":2,\"noteDate\":null}]",
            SmartAdvocateJsonContext.Default.IReadOnlyListSmartAdvocateCaseNote)!;

        Assert.Null(notes[0].NoteDate);
        Assert.Null(notes[0].CreatedDate);
    }

    [Fact]
    public void The_seed_dialer_record_reads_exactly()
    {
        var record = JsonSerializer.Deserialize($"[{TestHost.Fixture("dialer/case-record.do-not-dial.json")}]",
            SmartAdvocateJsonContext.Default.IReadOnlyListSmartAdvocateDialerCaseRecord)![0];

        Assert.Equal(7, record.CaseId);
        Assert.Equal("Do not dial", record.DialerStatus);
        Assert.Equal("1", record.Attempts);
        Assert.Equal(new LocalDateTime(2020, 6, 9, 11, 26), record.DialDateTime);
        Assert.Equal("Home Primary Phone", record.Phones![0].PhoneName);
        Assert.True(record.Phones[0].Primary);
        Assert.False(record.Phones[0].Text);
        Assert.Equal("11235", record.ZipCode);
    }

    [Fact]
    public void Seed_note_bodies_round_trip()
    {
        var note = JsonSerializer.Serialize(new SmartAdvocateAddCaseNoteRequest { CaseId = 515512, Note = "Test case note" },
            SmartAdvocateJsonContext.Default.SmartAdvocateAddCaseNoteRequest);
        var byPhone = JsonSerializer.Serialize(new SmartAdvocateAddCaseNoteByPhoneRequest { Phone = "1234567890", Note = "Test case note" },
            SmartAdvocateJsonContext.Default.SmartAdvocateAddCaseNoteByPhoneRequest);

        Assert.Equal(TestHost.Fixture("dialer/add-case-note.request.json").Trim(), note);
        Assert.Equal(TestHost.Fixture("dialer/add-case-note-by-phone.request.json").Trim(), byPhone);
    }

    [Fact]
    public void Both_document_page_shapes_read()
    {
        var array = JsonSerializer.Deserialize(TestHost.Fixture("casesync/documents-paged.array.json"),
            SmartAdvocateJsonContext.Default.SmartAdvocateDocumentsPage)!;
        var obj = JsonSerializer.Deserialize(TestHost.Fixture("casesync/documents-paged.object.json"),
            SmartAdvocateJsonContext.Default.SmartAdvocateDocumentsPage)!;

        Assert.Null(array.PageInfo);
        Assert.Single(array.Documents);
        Assert.Equal(2, obj.PageInfo?.TotalPages);
        Assert.Equal(9001, obj.Documents[0].DocumentId);
    }

    [Fact]
    public void The_token_expiry_is_read_from_the_jwt()
    {
        var token = JsonDocument.Parse(TestHost.Fixture("casesync/authenticate.response.json")).RootElement
            .GetProperty("token").GetString()!;

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 14, 0), Authentication.SmartAdvocateTokenProvider.ReadExpiry(token));
        Assert.Null(Authentication.SmartAdvocateTokenProvider.ReadExpiry("not-a-jwt"));
    }
}
