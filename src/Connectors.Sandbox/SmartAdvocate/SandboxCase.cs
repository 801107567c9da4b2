namespace Connectors.Sandbox.SmartAdvocate;

/// <summary>One seeded SmartAdvocate case with its dialer fields; mutable inside the state's lock only.</summary>
internal sealed class SandboxCase
{
    public required long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public required long CaseTypeId { get; init; }
    public required string CaseType { get; init; }
    public required long CaseStatusId { get; set; }
    public required string CaseStatus { get; set; }
    public required DateTimeOffset CaseStatusFrom { get; set; }
    public required long OfficeId { get; init; }
    public required string OfficeName { get; init; }
    public required string FirstName { get; init; }
    public required string LastName { get; init; }
    public string? Email { get; init; }
    public required long ContactId { get; init; }
    public required IReadOnlyList<SandboxPhone> Phones { get; set; }
    public IReadOnlyList<(string Type, string Name, DateTimeOffset From)> SubStatuses { get; set; } = [];
    public IReadOnlyList<SandboxStaff> Staff { get; set; } = [];
    public required string ZipCode { get; init; }
    public required bool IsOpen { get; set; }

    /// <summary>The status a closed case had while open: a reopen returns to it.</summary>
    public string? StatusBeforeClose { get; set; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Modified { get; set; }
    public string Campaign { get; set; } = "";
    public string CaseGroup { get; set; } = "";
    public string DialerStatus { get; set; } = SmartAdvocateSandboxState.DoNotDial;
    public DateTime NextCall { get; set; }
    public int Attempts { get; set; }
    public string Disposition { get; set; } = "Never Dialed";
    public List<SandboxNote> Notes { get; init; } = [];
    public List<SandboxDocument> Documents { get; init; } = [];

    public SandboxCase Copy()
    {
        return new SandboxCase
        {
            CaseId = CaseId,
            CaseNumber = CaseNumber,
            CaseTypeId = CaseTypeId,
            CaseType = CaseType,
            CaseStatusId = CaseStatusId,
            CaseStatus = CaseStatus,
            CaseStatusFrom = CaseStatusFrom,
            OfficeId = OfficeId,
            OfficeName = OfficeName,
            FirstName = FirstName,
            LastName = LastName,
            Email = Email,
            ContactId = ContactId,
            Phones = Phones,
            SubStatuses = SubStatuses,
            Staff = Staff,
            ZipCode = ZipCode,
            IsOpen = IsOpen,
            StatusBeforeClose = StatusBeforeClose,
            Created = Created,
            Modified = Modified,
            Campaign = Campaign,
            CaseGroup = CaseGroup,
            DialerStatus = DialerStatus,
            NextCall = NextCall,
            Attempts = Attempts,
            Disposition = Disposition,
            Notes = [.. Notes],
            Documents = [.. Documents],
        };
    }
}

internal sealed record SandboxStaff(long UserId, string Name, string Role, string? Email);

internal sealed record SandboxPhone(string Name, string Number, bool Primary, bool Text);

internal sealed record SandboxNote(long NoteId, string Text, string NoteType, DateTimeOffset Date, long UserId);

internal sealed record SandboxDocument(
    long DocumentId,
    long CaseId,
    string CaseNumber,
    string Name,
    string Category,
    DateTimeOffset Modified,
    byte[] Content);
