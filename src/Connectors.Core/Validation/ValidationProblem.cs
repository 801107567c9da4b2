namespace Connectors.Core.Validation;

/// <summary>One problem with a case, naming the field to fix. The message holds no client personal data.</summary>
/// <param name="Field">The field, as <c>attorneyEmail</c>, <c>client.firstName</c>, <c>client.lastName</c> or <c>client.phone</c>.</param>
/// <param name="Code">The kind of problem.</param>
/// <param name="Message">What is wrong, in words a firm user can act on.</param>
public sealed record ValidationProblem(string Field, ValidationProblemCode Code, string Message);
