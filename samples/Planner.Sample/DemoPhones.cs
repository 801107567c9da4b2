using Connectors.Core.Model;

namespace Planner.Sample;

/// <summary>
/// US numbers built only from area codes and exchanges that libphonenumber accepts as valid and able to receive
/// texts (checked with a run of the sample), plus the two bad numbers the demo needs.
/// </summary>
internal static class DemoPhones
{
    /// <summary>A valid number that cannot receive texts: a London fixed line (an Ofcom drama range).</summary>
    public const string UkLandline = "+44 20 7946 0958";

    /// <summary>No valid US number has an exchange that starts with 1.</summary>
    public const string Invalid = "(402) 123-4567";

    private static readonly string[] AreaCodes = ["402", "312", "617", "415", "305"];
    private static readonly string[] Exchanges = ["202", "320", "405", "660"];

    public static PhoneNumber Next(Random random) =>
        PhoneNumber.Parse($"({AreaCodes[random.Next(AreaCodes.Length)]}) " +
            $"{Exchanges[random.Next(Exchanges.Length)]}-{random.Next(1000, 10000)}");
}
