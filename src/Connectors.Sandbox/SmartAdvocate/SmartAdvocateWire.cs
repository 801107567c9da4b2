using System.Text.Json.Serialization;

namespace Connectors.Sandbox.SmartAdvocate;

// The sandbox's own wire payloads, written from the vendor's documents (seed 002, CaseSyncAPI pages) and the shared
// fixtures in tests/fixtures/smartadvocate: never the connector's DTOs, so a client that drifts fails a test.

internal sealed record SaAuthenticateRequest(
    [property: JsonPropertyName("Username")] string? Username,
    [property: JsonPropertyName("Password")] string? Password);

internal sealed record SaAuthenticateResponse(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("userID")] long UserId,
    [property: JsonPropertyName("token")] string Token);

internal sealed record SaPlaintiffPhone(
    [property: JsonPropertyName("phoneType")] string PhoneType,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("primary")] bool Primary,
    [property: JsonPropertyName("text")] bool Text);

internal sealed record SaContactInfo(
    [property: JsonPropertyName("firstName")] string FirstName,
    [property: JsonPropertyName("lastName")] string LastName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("phones")] IReadOnlyList<SaPlaintiffPhone> Phones);

internal sealed record SaPlaintiff(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("contactID")] long ContactId,
    [property: JsonPropertyName("primary")] bool Primary,
    [property: JsonPropertyName("primaryContact")] bool PrimaryContact,
    [property: JsonPropertyName("contactInfo"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SaContactInfo? ContactInfo);

internal sealed record SaSecondStatus(
    [property: JsonPropertyName("statusID")] long StatusId,
    [property: JsonPropertyName("fromDate")] string FromDate,
    [property: JsonPropertyName("statusTypeName")] string StatusTypeName,
    [property: JsonPropertyName("statusName")] string StatusName);

internal sealed record SaStaff(
    [property: JsonPropertyName("userID")] long UserId,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("email")] string? Email);

internal sealed record SaCaseInfo(
    [property: JsonPropertyName("caseID")] long CaseId,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("caseTypeID")] long CaseTypeId,
    [property: JsonPropertyName("caseType")] string CaseType,
    [property: JsonPropertyName("caseStatusID")] long CaseStatusId,
    [property: JsonPropertyName("caseStatus")] string CaseStatus,
    [property: JsonPropertyName("caseStatusFrom")] string CaseStatusFrom,
    [property: JsonPropertyName("officeID")] long OfficeId,
    [property: JsonPropertyName("officeName")] string OfficeName,
    [property: JsonPropertyName("plaintiffs")] IReadOnlyList<SaPlaintiff> Plaintiffs,
    [property: JsonPropertyName("staff")] IReadOnlyList<SaStaff> Staff,
    [property: JsonPropertyName("secondStatuses")] IReadOnlyList<SaSecondStatus> SecondStatuses,
    [property: JsonPropertyName("createdDate")] string CreatedDate,
    [property: JsonPropertyName("modifiedDate")] string ModifiedDate);

internal sealed record SaNote(
    [property: JsonPropertyName("noteID")] long NoteId,
    [property: JsonPropertyName("caseID")] long CaseId,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("noteTypeID")] long NoteTypeId,
    [property: JsonPropertyName("noteTypeName")] string NoteTypeName,
    [property: JsonPropertyName("noteText")] string NoteText,
    [property: JsonPropertyName("uniqueContactId")] long UniqueContactId,
    [property: JsonPropertyName("uniqueContactName")] string UniqueContactName,
    [property: JsonPropertyName("priority")] int Priority,
    [property: JsonPropertyName("userID")] long UserId,
    [property: JsonPropertyName("noteDate")] string NoteDate,
    [property: JsonPropertyName("createdDate")] string CreatedDate,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("isSharedinCP")] bool IsSharedInCP,
    [property: JsonPropertyName("isSharedWithAll")] bool IsSharedWithAll);

internal sealed record SaDocument(
    [property: JsonPropertyName("documentID")] long DocumentId,
    [property: JsonPropertyName("caseID")] long CaseId,
    [property: JsonPropertyName("caseNumber")] string CaseNumber,
    [property: JsonPropertyName("documentName")] string DocumentName,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("createdDate")] string CreatedDate,
    [property: JsonPropertyName("modifiedDate")] string ModifiedDate,
    [property: JsonPropertyName("categoryID")] long CategoryId,
    [property: JsonPropertyName("categoryName")] string CategoryName,
    [property: JsonPropertyName("subCategoryName")] string? SubCategoryName,
    [property: JsonPropertyName("comments")] string? Comments,
    [property: JsonPropertyName("caseDocumentID")] long CaseDocumentId);

internal sealed record SaPageRequest(
    [property: JsonPropertyName("currentPage")] int CurrentPage,
    [property: JsonPropertyName("pageSize")] int PageSize,
    [property: JsonPropertyName("totalPages")] int? TotalPages,
    [property: JsonPropertyName("totalRecords")] int? TotalRecords);

internal sealed record SaDocumentsByDateRequest(
    [property: JsonPropertyName("modifiedFromDateTime")] string? ModifiedFromDateTime,
    [property: JsonPropertyName("modifiedToDateTime")] string? ModifiedToDateTime,
    [property: JsonPropertyName("pageRequest")] SaPageRequest? PageRequest);

internal sealed record SaDocumentsPage(
    [property: JsonPropertyName("documents")] IReadOnlyList<SaDocument> Documents,
    [property: JsonPropertyName("pageRequest")] SaPageRequest PageRequest);

internal sealed record SaDialerPhone(
    [property: JsonPropertyName("PhoneName")] string PhoneName,
    [property: JsonPropertyName("Phone")] string Phone,
    [property: JsonPropertyName("Primary")] bool Primary,
    [property: JsonPropertyName("Text")] bool Text);

internal sealed record SaCaseToDial(
    [property: JsonPropertyName("CaseID")] long CaseId,
    [property: JsonPropertyName("Phones")] IReadOnlyList<SaDialerPhone> Phones,
    [property: JsonPropertyName("CaseStatus")] string CaseStatus,
    [property: JsonPropertyName("DialerStatus")] string DialerStatus,
    [property: JsonPropertyName("Campaign")] string Campaign,
    [property: JsonPropertyName("Attempts")] string Attempts,
    [property: JsonPropertyName("DialDateTime")] string DialDateTime,
    [property: JsonPropertyName("ZipCode")] string ZipCode);

internal sealed record SaGetCasesToDialRequest(
    [property: JsonPropertyName("Campaign")] string? Campaign,
    [property: JsonPropertyName("CaseGroup")] string? CaseGroup,
    [property: JsonPropertyName("Records")] int? Records,
    [property: JsonPropertyName("Auto-change")] bool? AutoChange);

internal sealed record SaUpdateCaseStatus(
    [property: JsonPropertyName("CaseID")] long? CaseId,
    [property: JsonPropertyName("Status")] string? Status,
    [property: JsonPropertyName("NextCall")] string? NextCall,
    [property: JsonPropertyName("Attempts")] string? Attempts,
    [property: JsonPropertyName("Disposition")] string? Disposition);

internal sealed record SaAddCaseNote(
    [property: JsonPropertyName("CaseID")] long? CaseId,
    [property: JsonPropertyName("Note")] string? Note);

internal sealed record SaAddCaseNoteByPhone(
    [property: JsonPropertyName("Phone")] string? Phone,
    [property: JsonPropertyName("Note")] string? Note);
