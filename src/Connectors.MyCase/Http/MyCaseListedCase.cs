using System.Text.Json.Serialization;
using Connectors.MyCase.Models;

namespace Connectors.MyCase.Http;

/// <summary>
/// A case of a <c>GET /v1/cases</c> page as the sync reads it: <see cref="MyCaseCase"/>'s JSON fields, with settable
/// properties. The source-generated reader sets a settable property as it reads it; for init-only ones (the public,
/// immutable <see cref="MyCaseCase"/>) it buffers every value, boxed, to hand them to one object initializer at the
/// end, which cost a quarter of reading a case. Read with the same names and types, so a page reads (and fails) as a
/// page of <see cref="MyCaseCase"/> would, and handed on as one (<see cref="ToCase"/>).
/// </summary>
internal sealed class MyCaseListedCase
{
    public long Id { get; set; }

    public string? Name { get; set; }

    public string? CaseNumber { get; set; }

    public string? Description { get; set; }

    public string? OpenedDate { get; set; }

    public string? ClosedDate { get; set; }

    public string? SolDate { get; set; }

    public string? PracticeArea { get; set; }

    public string? CaseStage { get; set; }

    public string? Status { get; set; }

    public string? BillingType { get; set; }

    public List<MyCaseListedClient?>? Clients { get; set; }

    public List<MyCaseCaseStaff?>? Staff { get; set; }

    public string? CreatedAt { get; set; }

    public string? UpdatedAt { get; set; }

    [JsonIgnore]
    public string? ReadError { get; set; }

    public MyCaseCase ToCase() => new()
    {
        Id = Id,
        Name = Name,
        CaseNumber = CaseNumber,
        Description = Description,
        OpenedDate = OpenedDate,
        ClosedDate = ClosedDate,
        SolDate = SolDate,
        PracticeArea = PracticeArea,
        CaseStage = CaseStage,
        Status = Status,
        BillingType = BillingType,
        Clients = Clients?.ConvertAll(client => client?.ToClient()!),
        Staff = Staff!,
        CreatedAt = CreatedAt,
        UpdatedAt = UpdatedAt,
        ReadError = ReadError,
    };
}

/// <summary>A client of a <see cref="MyCaseListedCase"/>: <see cref="MyCaseCaseClient"/>'s fields, settable, for the same reason.</summary>
internal sealed class MyCaseListedClient
{
    public long Id { get; set; }

    public string? FirstName { get; set; }

    public string? MiddleName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? CellPhoneNumber { get; set; }

    public MyCaseCaseClient ToClient() => new()
    {
        Id = Id,
        FirstName = FirstName,
        MiddleName = MiddleName,
        LastName = LastName,
        Email = Email,
        CellPhoneNumber = CellPhoneNumber,
    };
}
