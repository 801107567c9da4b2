using System.Globalization;

using Connectors.Core.Model;
using Connectors.SmartAdvocate.Dialer;
using Connectors.SmartAdvocate.Models;

using NodaTime;

namespace Connectors.SmartAdvocate;

/// <summary>CaseSyncAPI's <see cref="SmartAdvocateCaseInfo"/> to Core's <see cref="SourceCase"/>; one place.</summary>
internal static class SmartAdvocateMapper
{
    public static SourceCase ToSourceCase(SmartAdvocateCaseInfo info, SmartAdvocateOptions options)
    {
        if (info.ReadError is not null || !SourceRecordId.IsUsable(info.CaseId))
        {
            return SourceRecordId.Unreadable(options.SourceSystem, info.CaseId, "caseID", info.ReadError);
        }

        // Vendor lists may hold JSON nulls: they carry nothing and are passed over.
        var plaintiffs = info.Plaintiffs?.Where(p => p is not null).ToList() ?? [];
        var plaintiff = plaintiffs.FirstOrDefault(p => p.Primary == true) ?? (plaintiffs is [var first, ..] ? first : null);
        return new SourceCase(
            new CaseKey(options.SourceSystem, info.CaseId.ToString(CultureInfo.InvariantCulture)),
            PracticeArea(info, options),
            Stage(info, options),
            options.ClosedStatuses.Any(s => DialerVocabulary.Same(s, info.CaseStatus)),
            UpdatedAt(info),
            plaintiff is null ? ClientContact.Empty : Client(plaintiff),
            AttorneyEmail(info, options))
        {
            Title = info.CaseNumber,
        };
    }

    /// <summary>The latest of the case's own dates: a status or sub-status change is a change to the case.</summary>
    public static Instant UpdatedAt(SmartAdvocateCaseInfo info)
    {
        Instant? latest = info.ModifiedDate ?? info.CreatedDate;
        foreach (var date in (info.SecondStatuses ?? []).Select(s => s?.FromDate).Append(info.CaseStatusFrom))
        {
            if (date is { } d && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        return latest ?? Instant.MinValue;
    }

    private static string PracticeArea(SmartAdvocateCaseInfo info, SmartAdvocateOptions options) => options.PracticeAreaSource switch
    {
        SmartAdvocatePracticeAreaSource.Office => info.OfficeName?.Trim() ?? "",
        SmartAdvocatePracticeAreaSource.OfficeAndCaseType =>
            $"{info.OfficeName?.Trim()}{options.PracticeAreaSeparator}{info.CaseType?.Trim()}",
        _ => info.CaseType?.Trim() ?? "",
    };

    private static string? Stage(SmartAdvocateCaseInfo info, SmartAdvocateOptions options)
    {
        foreach (var type in options.StageSubStatusTypes)
        {
            var sub = info.SecondStatuses?.FirstOrDefault(s => s is not null && DialerVocabulary.Same(s.StatusTypeName, type)
                && !string.IsNullOrWhiteSpace(s.StatusName));
            if (sub is not null)
            {
                return sub.StatusName!.Trim();
            }
        }

        return string.IsNullOrWhiteSpace(info.CaseStatus) ? null : info.CaseStatus.Trim();
    }

    /// <summary>
    /// The case's own attorney first: the email of the staff member in the first of
    /// <see cref="SmartAdvocateOptions.AttorneyStaffRoles"/> the case has (a role held without an email passes to the next);
    /// only when the staff names none, the office's configured attorney, then the default.
    /// </summary>
    internal static string? AttorneyEmail(SmartAdvocateCaseInfo info, SmartAdvocateOptions options)
    {
        var staff = info.Staff?.Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Email)).ToList() ?? [];
        foreach (var role in options.AttorneyStaffRoles)
        {
            if (staff.FirstOrDefault(s => DialerVocabulary.Same(s.Role, role)) is { } attorney)
            {
                return attorney.Email!.Trim();
            }
        }

        if (info.OfficeName is { } office)
        {
            foreach (var (name, email) in options.AttorneyEmailByOffice)
            {
                if (DialerVocabulary.Same(name, office))
                {
                    return email;
                }
            }
        }

        return options.DefaultAttorneyEmail;
    }

    private static ClientContact Client(SmartAdvocateCasePlaintiff plaintiff)
    {
        var contact = plaintiff.ContactInfo;
        var (first, last) = contact is { FirstName: not null } or { LastName: not null }
            ? (contact.FirstName?.Trim(), contact.LastName?.Trim())
            : SplitName(plaintiff.Name);
        var phones = contact?.Phones?.Where(p => p is not null).ToList() ?? [];
        var phone = phones.FirstOrDefault(p => p.Primary == true && p.Text == true)
                    ?? phones.FirstOrDefault(p => p.Text == true)
                    ?? phones.FirstOrDefault(p => p.Primary == true)
                    ?? (phones is [var any, ..] ? any : null);
        return new ClientContact(first, last, phone?.Number is { } number ? PhoneNumber.Parse(number) : null, contact?.Email?.Trim());
    }

    /// <summary>"Last, First" or "First Middle Last" into first and last names.</summary>
    internal static (string? First, string? Last) SplitName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, null);
        }

        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            return (NullIfEmpty(name[(comma + 1)..]), NullIfEmpty(name[..comma]));
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 1 ? (parts[0], null) : (parts[0], parts[^1]);
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
