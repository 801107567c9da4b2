namespace MyCase.Sample;

/// <summary>
/// Where the sample keeps a real tenant's tokens when <c>--token-file</c> is not given: under the user's profile
/// (<c>LocalApplicationData/Connectors.Sdk/MyCase.Sample/mycase-tokens.json</c>, i.e. <c>~/.local/share/...</c> on Linux,
/// <c>%LOCALAPPDATA%\...</c> on Windows), never next to the binaries where a build output or a copied folder would carry
/// live credentials. The file itself is written owner-only by <c>FileMyCaseTokenStore</c>.
/// </summary>
internal static class SampleTokenFile
{
    public static string DefaultPath()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root))
        {
            // No profile folder known (a bare container): the home folder still belongs to the user.
            root = Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.UserProfile, Environment.SpecialFolderOption.DoNotVerify),
                ".local",
                "share");
        }

        return Path.Combine(root, "Connectors.Sdk", "MyCase.Sample", "mycase-tokens.json");
    }
}
