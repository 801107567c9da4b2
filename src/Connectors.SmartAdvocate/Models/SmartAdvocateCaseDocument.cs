using System.Text.Json.Serialization;

using NodaTime;

namespace Connectors.SmartAdvocate.Models;

/// <summary>A document as <c>POST /CaseSyncAPI/case/documents/byDatePaged</c> lists it.</summary>
public sealed record SmartAdvocateCaseDocument
{
    /// <summary>Document id (used to fetch the content).</summary>
    [JsonPropertyName("documentID")]
    public long DocumentId { get; init; }

    /// <summary>Case id.</summary>
    [JsonPropertyName("caseID")]
    public long? CaseId { get; init; }

    /// <summary>Case number.</summary>
    [JsonPropertyName("caseNumber")]
    public string? CaseNumber { get; init; }

    /// <summary>File name.</summary>
    [JsonPropertyName("documentName")]
    public string? DocumentName { get; init; }

    /// <summary>Description.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>When the document was created.</summary>
    [JsonPropertyName("createdDate")]
    public Instant? CreatedDate { get; init; }

    /// <summary>When the document was last modified.</summary>
    [JsonPropertyName("modifiedDate")]
    public Instant? ModifiedDate { get; init; }

    /// <summary>Category id.</summary>
    [JsonPropertyName("categoryID")]
    public long? CategoryId { get; init; }

    /// <summary>Category name.</summary>
    [JsonPropertyName("categoryName")]
    public string? CategoryName { get; init; }

    /// <summary>Sub-category name.</summary>
    [JsonPropertyName("subCategoryName")]
    public string? SubCategoryName { get; init; }

    /// <summary>Comments.</summary>
    [JsonPropertyName("comments")]
    public string? Comments { get; init; }

    /// <summary>The case-document link id.</summary>
    [JsonPropertyName("caseDocumentID")]
    public long? CaseDocumentId { get; init; }
}
