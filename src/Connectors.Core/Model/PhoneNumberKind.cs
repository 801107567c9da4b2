namespace Connectors.Core.Model;

/// <summary>What a phone number is, as far as sending texts is concerned.</summary>
public enum PhoneNumberKind
{
    /// <summary>The input could not be parsed or is not a valid number.</summary>
    Invalid = 0,

    /// <summary>A mobile number: it can receive texts.</summary>
    Mobile,

    /// <summary>A number whose plan does not tell mobile from fixed line (all US numbers): assumed to receive texts.</summary>
    FixedLineOrMobile,

    /// <summary>A fixed line: it cannot receive texts.</summary>
    FixedLine,

    /// <summary>Valid, but of another kind (toll free, VoIP, pager...).</summary>
    Other,
}
