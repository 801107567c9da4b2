using System.Globalization;

namespace Connectors.IntegrationTests.Resumption;

/// <summary>The case-source flows every resume test runs, and how many seeds a run takes.</summary>
internal static class ResumeFlows
{
    /// <summary>The connectors with a case source, as theory data.</summary>
    public static TheoryData<string> Connectors => new() { "CASEpeer", "MyCase", "SmartAdvocate" };

    /// <summary>The flow of <paramref name="connector"/> (a name from <see cref="Connectors"/>).</summary>
    public static IResumeFlow For(string connector) => connector switch
    {
        "CASEpeer" => new CasePeerResumeFlow(),
        "MyCase" => new MyCaseResumeFlow(),
        "SmartAdvocate" => new SmartAdvocateResumeFlow(),
        _ => throw new ArgumentOutOfRangeException(nameof(connector), connector, "No resume flow for this connector."),
    };

    /// <summary>Seeds per connector: <c>CONNECTORS_RESUME_SEEDS</c> when set, else <paramref name="inCi"/>.</summary>
    public static int Seeds(int inCi) =>
        int.TryParse(
            Environment.GetEnvironmentVariable("CONNECTORS_RESUME_SEEDS"),
            NumberStyles.Integer,
            CultureInfo.InvariantCulture,
            out var seeds) && seeds > 0
            ? seeds
            : inCi;
}
