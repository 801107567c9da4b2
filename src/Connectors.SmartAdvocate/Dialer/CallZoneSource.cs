namespace Connectors.SmartAdvocate.Dialer;

/// <summary>Where a called person's time zone was found.</summary>
public enum CallZoneSource
{
    /// <summary>The phone number's area, by libphonenumber's time-zone mapper.</summary>
    PhoneNumber = 0,

    /// <summary>The case's ZIP code, by the lookup the firm supplied.</summary>
    ZipCode,

    /// <summary>Neither told: the firm's own zone.</summary>
    FirmZone,
}
