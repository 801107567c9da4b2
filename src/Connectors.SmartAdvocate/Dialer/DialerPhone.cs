using Connectors.Core.Model;

namespace Connectors.SmartAdvocate.Dialer;

/// <summary>A phone of a case to dial. The number is personal data: <see cref="PhoneNumber.ToString"/> masks it.</summary>
/// <param name="Name">The phone's label (<c>Cell</c>).</param>
/// <param name="Number">The number, parsed (invalid numbers are kept with <see cref="PhoneNumber.IsValid"/> false).</param>
/// <param name="IsPrimary">SmartAdvocate's <c>Primary</c> flag.</param>
/// <param name="AcceptsTexts">SmartAdvocate's <c>Text</c> flag.</param>
public sealed record DialerPhone(string? Name, PhoneNumber Number, bool IsPrimary, bool AcceptsTexts);
