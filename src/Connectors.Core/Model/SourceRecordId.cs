using System.Globalization;

using NodaTime;

namespace Connectors.Core.Model;

/// <summary>
/// One rule for every connector on vendor record ids: a vendor's numeric case id is usable only when it is positive. A
/// record without one (missing, null, zero, negative, not a number) is never taken for a case, since it would be
/// created, updated or matched under a made-up key ("0"): it becomes an unreadable source case, which the planner skips
/// with <see cref="Planning.SkipReason.Unreadable"/> and a reason naming the id field, and which makes the read
/// incomplete, so no platform case is closed by absence from it.
/// </summary>
public static class SourceRecordId
{
    /// <summary>True when <paramref name="id"/> can identify a case (it is positive).</summary>
    public static bool IsUsable(long id) => id > 0;

    /// <summary>
    /// The source case of a record that could not be read, or whose id is not usable: its key carries the id as read
    /// (<c>0</c> when there was none), every other field is empty, and <see cref="SourceCase.ReadError"/> says why.
    /// </summary>
    /// <param name="sourceSystem">The source system.</param>
    /// <param name="id">The id as read; 0 when it could not be read.</param>
    /// <param name="idField">The vendor's name of the id field (<c>caseID</c>, <c>id</c>), for the reason.</param>
    /// <param name="readError">Why the record could not be read; null when only its id is not usable.</param>
    public static SourceCase Unreadable(string sourceSystem, long id, string idField, string? readError)
    {
        var reason = IsUsable(id)
            ? readError ?? "The record could not be read."
            : $"{(readError is null ? string.Empty : readError + " ")}The record has no usable '{idField}' (missing, not a number, or " +
                "not positive), so it cannot be matched to a case.";
        return new SourceCase(
            new CaseKey(sourceSystem, id.ToString(CultureInfo.InvariantCulture)),
            string.Empty,
            null,
            false,
            Instant.MinValue,
            ClientContact.Empty,
            null)
        {
            ReadError = reason,
        };
    }
}
