using Connectors.Core.Validation;

namespace Connectors.Core.Planning;

/// <summary>One field of a platform case that an operation changes, with its value before and after.</summary>
/// <param name="Field">The field (see <see cref="CaseFields"/>).</param>
/// <param name="Before">The platform's value now; null when empty.</param>
/// <param name="After">The value the operation sets; null when empty.</param>
/// <param name="IsHighRisk">True for changes a person should look at first: the client's phone is their login.</param>
public sealed record FieldChange(string Field, string? Before, string? After, bool IsHighRisk = false)
{
    /// <summary>Prints the field, and values only when they are not client personal data.</summary>
    public override string ToString() =>
        CaseFields.IsPersonalData(Field) ? $"{Field}: (redacted)" : $"{Field}: '{Before}' -> '{After}'";
}
