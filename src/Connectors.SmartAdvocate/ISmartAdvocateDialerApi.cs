using Connectors.SmartAdvocate.Models;

using Refit;

namespace Connectors.SmartAdvocate;

/// <summary>
/// SmartAdvocate's Predictive Dialer API. Every call carries <c>X-ApiKey</c>, attached by the SDK. The operation names,
/// parameter names and answer shapes are the vendor's; the HTTP verbs and paths are not published and are MODELLED
/// here, in this one place (see docs/vendors/smartadvocate.md). Internal: <see cref="Dialer.SmartAdvocateDialerClient"/>
/// serves every operation, checks updates against the dialer rules and sends every write through the write-safety block.
/// </summary>
internal interface ISmartAdvocateDialerApi
{
    /// <summary>Cases whose dialer status is "To Dial" and whose dial time has passed.</summary>
    [Post("/DialerAPI/GetCasesToDial")]
    Task<IReadOnlyList<SmartAdvocateDialerCaseRecord>> GetCasesToDialAsync([Body] SmartAdvocateGetCasesToDialRequest request,
        CancellationToken cancellationToken);

    /// <summary>Updates the dialer status, next call, attempts and disposition of one or more cases.</summary>
    [Post("/DialerAPI/UpdateCaseStatus")]
    Task UpdateCaseStatusAsync([Body] IReadOnlyList<SmartAdvocateUpdateCaseStatusRecord> updates, CancellationToken cancellationToken);

    /// <summary>Adds a note to one case.</summary>
    [Post("/DialerAPI/AddCaseNote")]
    Task AddCaseNoteAsync([Body] SmartAdvocateAddCaseNoteRequest request, CancellationToken cancellationToken);

    /// <summary>Adds a note to every open case with the phone, or, when none is open, to every closed one.</summary>
    [Post("/DialerAPI/AddCaseNoteByPhone")]
    Task AddCaseNoteByPhoneAsync([Body] SmartAdvocateAddCaseNoteByPhoneRequest request, CancellationToken cancellationToken);
}
