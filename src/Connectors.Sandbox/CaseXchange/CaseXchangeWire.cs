namespace Connectors.Sandbox.CaseXchange;

/// <summary>A sent case as the sandbox stores and serves it (camelCase on the wire).</summary>
internal sealed record CxSentCaseWire(
    string Id,
    string ReferenceNumber,
    string? CmsId,
    string? ReceivingFirmName,
    string? ReceivingFirmId,
    string Status,
    string? ClosingStatus,
    DateTimeOffset UpdatedAt,
    string? SalesforceRecordId,
    string Title,
    string CaseType,
    string Jurisdiction,
    string? BaseCaseId = null,
    int SequenceNumber = 1);

/// <summary>The answer of <c>POST /api/v1/cases/{id}/re-refer</c>: the new referral.</summary>
internal sealed record CxReReferralWire(
    string Id,
    string ReferenceNumber,
    int SequenceNumber,
    string BaseCaseId,
    string ReceivingFirmId,
    string ReceivingFirmName,
    string Status,
    string? SalesforceRecordId,
    string? SalesforceObjectType);

/// <summary>The body of <c>POST /api/v1/cases/{id}/re-refer</c>.</summary>
internal sealed record CxReReferWire(string? ReferentFirmId, string? SalesforceRecordId, string? SalesforceObjectType);

/// <summary>A sent case in the lean list shape (no <c>salesforceRecordId</c>).</summary>
internal sealed record CxLeanSentCaseWire(
    string Id,
    string ReferenceNumber,
    string? CmsId,
    string? ReceivingFirmName,
    string? ReceivingFirmId,
    string Status,
    string? ClosingStatus,
    DateTimeOffset UpdatedAt);

/// <summary>A received referral as the sandbox stores and serves it.</summary>
internal sealed record CxReceivedReferralWire(
    string Id,
    string ReferenceNumber,
    string? CmsId,
    string SendingFirmName,
    string SendingFirmId,
    string Status,
    string? ClosingStatus,
    DateTimeOffset UpdatedAt);

/// <summary>A firm.</summary>
internal sealed record CxFirmWire(string Id, string Name);

/// <summary>A case type or jurisdiction.</summary>
internal sealed record CxNamedWire(string Id, string Name);

/// <summary>A message entry in a referral's status history.</summary>
internal sealed record CxMessageWire(string Id, string ReferralId, string? RequestedStatus, bool IsMessage, DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /sent-cases</c>.</summary>
internal sealed record CxCreateSentCaseWire(
    string? Title,
    string? CaseType,
    string? Jurisdiction,
    string? ClientFirstName,
    string? ClientLastName,
    string? ClientEmail,
    string? ClientPhone,
    string? Description,
    string? CmsId,
    string? SalesforceRecordId);

/// <summary>The body of <c>POST /sent-cases/{id}/refer</c>.</summary>
internal sealed record CxReferWire(string? ReceivingFirmId);

/// <summary>The body of <c>POST /messages/send</c>.</summary>
internal sealed record CxSendMessageWire(string? ReferralId, string? Message, string? RequestedStatus, string? ClosingStatus);

internal sealed record CxEnvelopeWire(object? Data, CxPaginationWire? Pagination, CxMetaWire Meta);

internal sealed record CxPaginationWire(int Page, int Limit, int Total, int TotalPages);

internal sealed record CxMetaWire(string RequestId, DateTimeOffset Timestamp);

internal sealed record CxErrorWire(string Code, string Message, IReadOnlyList<CxFieldDetailWire>? Details);

internal sealed record CxFieldDetailWire(string Field, string Message);
