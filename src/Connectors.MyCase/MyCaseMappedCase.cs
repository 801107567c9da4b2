using Connectors.MyCase.Models;

namespace Connectors.MyCase;

/// <summary>
/// The fields of a MyCase case that the mapping to <c>SourceCase</c> reads, under their wire names: what the sync reads
/// of each case of a <c>GET /v1/cases</c> page, and what a <see cref="MyCaseCase"/> read on its own is cut down to
/// (<see cref="From(MyCaseCase)"/>). Internal and settable on purpose. A page read into the public, immutable
/// <see cref="MyCaseCase"/> kept seven strings per case the mapping never reads, copied each case once more to hand it
/// on, and went through System.Text.Json's path for init-only properties, which buffers every value boxed until the
/// object ends: ~0.6 KB per case and a quarter of the read. A field read here with the wrong type makes the case
/// unreadable, as before; one the mapping does not read no longer can.
/// </summary>
internal sealed class MyCaseMappedCase
{
    public long Id { get; set; }

    public string? Name { get; set; }

    public string? PracticeArea { get; set; }

    public string? CaseStage { get; set; }

    public string? Status { get; set; }

    public List<MyCaseMappedClient?>? Clients { get; set; }

    public List<MyCaseMappedStaff?>? Staff { get; set; }

    public string? CreatedAt { get; set; }

    public string? UpdatedAt { get; set; }

    /// <summary>Why the record could not be read, for a placeholder the planner skips; never on the wire.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ReadError { get; set; }

    public static MyCaseMappedCase From(MyCaseCase item) => new()
    {
        Id = item.Id,
        Name = item.Name,
        PracticeArea = item.PracticeArea,
        CaseStage = item.CaseStage,
        Status = item.Status,
        Clients = item.Clients?.Select(client => client is null ? null : MyCaseMappedClient.From(client)).ToList(),
        Staff = item.Staff?.Select(staff =>
            staff is null ? null : new MyCaseMappedStaff { Id = staff.Id, LeadLawyer = staff.LeadLawyer }).ToList(),
        CreatedAt = item.CreatedAt,
        UpdatedAt = item.UpdatedAt,
        ReadError = item.ReadError,
    };
}

/// <summary>The fields of a case's client that the mapping reads (see <see cref="MyCaseMappedCase"/>).</summary>
internal sealed class MyCaseMappedClient
{
    public long Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? CellPhoneNumber { get; set; }

    public static MyCaseMappedClient From(MyCaseCaseClient client) => new()
    {
        Id = client.Id,
        FirstName = client.FirstName,
        LastName = client.LastName,
        Email = client.Email,
        CellPhoneNumber = client.CellPhoneNumber,
    };

    public static MyCaseMappedClient From(MyCaseClient client) => new()
    {
        Id = client.Id,
        FirstName = client.FirstName,
        LastName = client.LastName,
        Email = client.Email,
        CellPhoneNumber = client.CellPhoneNumber,
    };
}

/// <summary>The fields of a staff member on a case that the mapping reads (see <see cref="MyCaseMappedCase"/>).</summary>
internal sealed class MyCaseMappedStaff
{
    public long Id { get; set; }

    public bool? LeadLawyer { get; set; }
}
