using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Connectors.SmartAdvocate.Tests;

/// <summary>CaseSyncAPI answers for the write tests: the notes of case 6, and any JSON as a 200.</summary>
internal static class NoteAnswers
{
    /// <summary>The notes of case 6 with these texts, numbered from 1.</summary>
    public static string NotesJson(params string[] texts)
    {
        var notes = new JsonArray();
        for (var i = 0; i < texts.Length; i++)
        {
            notes.Add(new JsonObject
            {
                ["noteID"] = i + 1,
                ["caseID"] = 6,
                ["noteText"] = texts[i],
                ["noteDate"] = "2026-11-24T14:00:00Z",
            });
        }

        return notes.ToJsonString();
    }

    /// <summary>A 200 answer carrying <paramref name="json"/>.</summary>
    public static Task<HttpResponseMessage> Json(string json) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        });
}
