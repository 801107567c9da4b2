using System.Globalization;
using System.Security.Cryptography;
using System.Text;

using Connectors.Core.Writes;

using Fleet.Host.Fleet;
using Fleet.Host.Stores;

using Microsoft.Extensions.DependencyInjection;

using NodaTime;

namespace Fleet.Host.Flows;

/// <summary>
/// A stand-in for the firm's clients using the platform: after a firm's nightly case sync, the platform "receives" a few
/// messages and documents on a few of the firm's synced cases, which go into the platform's outbox for the Messages and
/// Documents flows to write to the vendor. Deterministic, so that two runs of the same night (a node killed mid-night and
/// its firm recovered elsewhere, or a run compared with one without the kill) add exactly the same items: the ids come from
/// the firm key, the night's date in the firm's zone and the case id, the content from the same, with no personal data.
/// Only kinds the firm's connector can write are received (its keyed <see cref="ICaseNoteWriter"/> and
/// <see cref="ICaseDocumentWriter"/>). Not a part of a real platform: there, clients add these items.
/// </summary>
public sealed class PlatformActivity(IServiceProvider services, AdoPlatformOutbox outbox, int messagesPerNight, int documentsPerNight)
{
    /// <summary>
    /// Adds the night's messages and documents on <paramref name="caseIds"/> (cases of the firm, in any order) to the
    /// outbox; items of this night already there are left as they are. Returns how many items were new.
    /// </summary>
    /// <param name="firm">The firm.</param>
    /// <param name="sourceSystem">The source system of the cases (as the firm's writers key them).</param>
    /// <param name="caseIds">The firm's cases that may receive activity (synced and open).</param>
    /// <param name="now">The night's time: its date in the firm's zone is part of every id.</param>
    /// <param name="cancellationToken">Cancels the adds.</param>
    public async Task<int> ReceiveAsync(
        FleetFirm firm, string sourceSystem, IReadOnlyCollection<string> caseIds, Instant now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(caseIds);
        var night = now.InZone(firm.Zone).Date;
        var date = night.ToString("uuuuMMdd", CultureInfo.InvariantCulture);
        var day = night.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        // A different few cases each night, the same few for every run of one night.
        var chosen = caseIds.Distinct(StringComparer.Ordinal)
            .OrderBy(id => Rank(firm.Key, date, id), StringComparer.Ordinal)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();
        if (chosen.Count == 0)
        {
            return 0;
        }

        var items = new List<OutboxItem>();
        if (messagesPerNight > 0 && services.GetKeyedService<ICaseNoteWriter>(firm.Key) is not null)
        {
            for (var n = 1; n <= messagesPerNight; n++)
            {
                var caseId = chosen[(n - 1) % chosen.Count];
                var text = $"Client message {n} of {day} on case {caseId} (sample platform activity for {firm.Key}).";
                items.Add(new OutboxItem(
                    firm.Key, $"{firm.Key}.{date}.{caseId}.m{n}", OutboxItemKind.Message, sourceSystem, caseId, null, text, now));
            }
        }

        if (documentsPerNight > 0 && services.GetKeyedService<ICaseDocumentWriter>(firm.Key) is not null)
        {
            for (var n = 1; n <= documentsPerNight; n++)
            {
                var caseId = chosen[(n - 1) % chosen.Count];
                var text = $"Client document {n} of {day} for case {caseId} (sample platform activity for {firm.Key}).";
                var fileName = $"platform-{date}-{n}.txt";
                items.Add(new OutboxItem(
                    firm.Key, $"{firm.Key}.{date}.{caseId}.d{n}", OutboxItemKind.Document, sourceSystem, caseId, fileName, text, now));
            }
        }

        return items.Count == 0 ? 0 : await outbox.AddAsync(items, cancellationToken).ConfigureAwait(false);
    }

    private static string Rank(string firmKey, string date, string caseId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{firmKey}|{date}|{caseId}")));
}
