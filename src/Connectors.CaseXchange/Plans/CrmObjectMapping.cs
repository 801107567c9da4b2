namespace Connectors.CaseXchange.Plans;

/// <summary>
/// A CRM field mapping: referrals are sent from <see cref="SourceObject"/> records and create
/// <see cref="DestinationObject"/> records.
/// </summary>
/// <param name="SourceObject">The CRM object referrals are sent from (as <c>Lead</c>).</param>
/// <param name="DestinationObject">The CRM object a successful referral creates, or null when the source record is updated itself.</param>
public sealed record CrmObjectMapping(string SourceObject, string? DestinationObject);
