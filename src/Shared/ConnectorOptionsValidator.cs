using Connectors.Core.Http;

using Microsoft.Extensions.Options;

namespace Connectors.Shared;

/// <summary>
/// The shape of every connector's options validator: the common fields of <see cref="ConnectorOptions"/> are checked
/// here, once, and the connector adds its own rules; every problem is reported at once, and none echoes a secret.
/// </summary>
/// <typeparam name="TOptions">The connector's options.</typeparam>
/// <param name="section">The connector's configuration section, naming each option in the messages.</param>
internal abstract class ConnectorOptionsValidator<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : ConnectorOptions
{
    /// <summary>The connector's configuration section, as <c>CasePeer</c>.</summary>
    protected string Section { get; } = section;

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Check(options, problems);
        problems.AddRange(options.CommonProblems(Section));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Adds the connector's own problems to <paramref name="problems"/>.</summary>
    protected abstract void Check(TOptions options, List<string> problems);

    /// <summary>Adds the shared https rule's problem with <paramref name="address"/>, if any, named <c>{Section}:{field}</c>.</summary>
    protected void CheckAddress(Uri? address, string field, List<string> problems)
    {
        if (ConnectorOptions.AddressProblem(address, $"{Section}:{field}") is { } problem)
        {
            problems.Add(problem);
        }
    }
}
