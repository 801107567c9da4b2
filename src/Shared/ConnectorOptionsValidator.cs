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

    /// <summary>Adds a problem when a body cap is under <see cref="ResponseBodyLimit.SmallestPageBytes"/> (64 KiB).</summary>
    protected void CheckBodyCap(long bytes, string field, List<string> problems)
    {
        if (bytes < ResponseBodyLimit.SmallestPageBytes)
        {
            problems.Add($"{Section}:{field} must be at least {ResponseBodyLimit.SmallestPageBytes} (64 KiB).");
        }
    }

    /// <summary>Adds a problem when <paramref name="value"/> is outside <paramref name="least"/> to <paramref name="most"/>.</summary>
    protected void CheckRange(int value, int least, int most, string field, List<string> problems)
    {
        if (value < least || value > most)
        {
            problems.Add($"{Section}:{field} must be between {least} and {most}.");
        }
    }

    /// <summary>Adds a problem when a count of attempts (or a rate) is less than one.</summary>
    protected void CheckAtLeastOne(int value, string field, List<string> problems, string? why = null)
    {
        if (value < 1)
        {
            problems.Add($"{Section}:{field} must be at least 1{(why is null ? "" : $" ({why})")}.");
        }
    }
}
