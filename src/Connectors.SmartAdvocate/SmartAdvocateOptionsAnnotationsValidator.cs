using Microsoft.Extensions.Options;

namespace Connectors.SmartAdvocate;

/// <summary>The data-annotation rules of <see cref="SmartAdvocateOptions"/>, source-generated (no reflection, trim-safe).</summary>
[OptionsValidator]
internal sealed partial class SmartAdvocateOptionsAnnotationsValidator : IValidateOptions<SmartAdvocateOptions>;
