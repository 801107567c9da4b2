namespace Connectors.Core.Validation;

/// <summary>Why a case cannot be created on the platform.</summary>
public enum ValidationProblemCode
{
    /// <summary>The case has no primary attorney email.</summary>
    AttorneyEmailMissing = 0,

    /// <summary>The attorney email is not one of the platform's attorney users.</summary>
    AttorneyNotKnown,

    /// <summary>The client has no first name.</summary>
    FirstNameMissing,

    /// <summary>The client has no last name.</summary>
    LastNameMissing,

    /// <summary>The client has no cell phone.</summary>
    PhoneMissing,

    /// <summary>The client's phone is not a valid number.</summary>
    PhoneInvalid,

    /// <summary>The client's phone is valid but cannot receive texts (a fixed line, for example).</summary>
    PhoneCannotReceiveTexts,
}
