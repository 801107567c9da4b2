namespace Connectors.Core.Validation;

/// <summary>The field names used in validation problems and plan field changes.</summary>
public static class CaseFields
{
    /// <summary>The platform practice area.</summary>
    public const string PracticeArea = "practiceArea";

    /// <summary>The platform stage.</summary>
    public const string Stage = "stage";

    /// <summary>Whether the case is closed.</summary>
    public const string Closed = "closed";

    /// <summary>The case title.</summary>
    public const string Title = "title";

    /// <summary>The primary attorney's email.</summary>
    public const string AttorneyEmail = "attorneyEmail";

    /// <summary>The client's first name.</summary>
    public const string ClientFirstName = "client.firstName";

    /// <summary>The client's last name.</summary>
    public const string ClientLastName = "client.lastName";

    /// <summary>The client's cell phone (the client's login on the platform).</summary>
    public const string ClientPhone = "client.phone";

    /// <summary>The client's email.</summary>
    public const string ClientEmail = "client.email";

    /// <summary>True for fields that hold client personal data, whose values are never printed.</summary>
    public static bool IsPersonalData(string field) => field.StartsWith("client.", StringComparison.Ordinal) || field == Title;
}
