using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Connectors.ConventionTests;

/// <summary>
/// The one template every connector follows (docs/architecture.md, "The family's shape"): a fifth connector is built by
/// copying any one of the four. Checked on the source tree (files and folders) and by reflection (types).
/// </summary>
public sealed partial class TemplateConventionTests
{
    /// <summary>Folders every connector may have; a vendor's feature folder (Dialer/, Webhooks/...) holds several files.</summary>
    private static readonly string[] TemplateFolders = ["Models", "Authentication", "Http", "Writes", "Serialization"];

    /// <summary>Case Xchange is a referral exchange between firms, not a firm's case-management system: it reads no cases.</summary>
    private static readonly string[] NotCaseSources = ["CaseXchange"];

    private static readonly string[] InternalSuffixes = ["Mapper", "JsonContext", "Telemetry", "OptionsValidator"];

    private static readonly string[] PublicSuffixes = ["Options", "ServiceCollectionExtensions"];

    public static TheoryData<string> Vendors() => new(RegistrationConventionTests.VendorNames);

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_connector_keeps_the_template_files_at_its_root(string vendor)
    {
        var root = SourceTree.Connector(vendor);
        var files = Directory.GetFiles(root, "*.cs").Select(Path.GetFileName).ToList();
        string[] required =
        [
            $"{vendor}Options.cs", $"{vendor}OptionsValidator.cs", $"{vendor}ServiceCollectionExtensions.cs",
            $"{vendor}Telemetry.cs", $"{vendor}JsonContext.cs", $"{vendor}Mapper.cs",
        ];
        var missing = required.Where(f => !files.Contains(f)).ToList();
        if (!NotCaseSources.Contains(vendor) && !files.Contains($"{vendor}CaseSource.cs"))
        {
            missing.Add($"{vendor}CaseSource.cs");
        }

        if (!files.Any(f => f!.StartsWith($"I{vendor}", StringComparison.Ordinal) && f.EndsWith("Api.cs", StringComparison.Ordinal)))
        {
            missing.Add($"I{vendor}Api.cs");
        }

        Assert.Empty(missing);
        var unprefixed = files.Where(f =>
            !f!.StartsWith(vendor, StringComparison.Ordinal) && !f.StartsWith($"I{vendor}", StringComparison.Ordinal));
        Assert.Empty(unprefixed);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void A_folder_is_a_template_folder_or_holds_several_files(string vendor)
    {
        var root = SourceTree.Connector(vendor);
        var lonely = Directory.GetDirectories(root)
            .Where(d => Path.GetFileName(d) is not ("bin" or "obj"))
            .Where(d => !TemplateFolders.Contains(Path.GetFileName(d)))
            .Where(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories).Length < 2)
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(lonely);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Namespaces_follow_folders(string vendor)
    {
        var root = SourceTree.Connector(vendor);
        var offenders = new List<string>();
        foreach (var file in SourceTree.CodeFiles(root))
        {
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(file)!);
            var expected = folder == "."
                ? $"Connectors.{vendor}"
                : $"Connectors.{vendor}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
            var declared = FileScopedNamespace().Match(File.ReadAllText(file));
            if (!declared.Success || declared.Groups[1].Value != expected)
            {
                var found = declared.Success ? declared.Groups[1].Value : "no namespace";
                offenders.Add($"{Path.GetRelativePath(root, file)}: {found}, expected {expected}");
            }
        }

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Wire_models_are_named_for_their_vendor(string vendor)
    {
        var models = TypesOf(vendor).Where(t => t.Namespace == $"Connectors.{vendor}.Models").ToList();
        Assert.NotEmpty(models);
        Assert.Empty(models.Where(t => !t.Name.StartsWith(vendor, StringComparison.Ordinal)).Select(t => t.FullName));
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void The_mapper_json_context_telemetry_and_validators_are_internal_and_the_entry_points_public(string vendor)
    {
        var types = TypesOf(vendor).Where(t => t.Namespace == $"Connectors.{vendor}").ToDictionary(t => t.Name, StringComparer.Ordinal);
        Assert.All(InternalSuffixes, suffix =>
            Assert.False(types[vendor + suffix].IsPublic, $"{vendor}{suffix} is public"));
        Assert.All(PublicSuffixes, suffix =>
            Assert.True(types[vendor + suffix].IsPublic, $"{vendor}{suffix} is not public"));
        if (!NotCaseSources.Contains(vendor))
        {
            var source = types[$"{vendor}CaseSource"];
            Assert.True(source.IsPublic && source.GetInterfaces().Any(i => i.Name == "ICaseSource"));
        }
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Writers_implement_the_Core_interfaces_in_the_Writes_folder(string vendor)
    {
        var writers = TypesOf(vendor)
            .Where(t => t.GetInterfaces().Any(i => i.FullName is "Connectors.Core.Writes.ICaseNoteWriter"
                or "Connectors.Core.Writes.ICaseDocumentWriter"))
            .ToList();
        Assert.NotEmpty(writers);
        Assert.All(writers, w =>
        {
            Assert.Equal($"Connectors.{vendor}.Writes", w.Namespace);
            Assert.True(w.IsPublic, $"{w.Name} is not public");
            Assert.Matches($"^{vendor}(Note|Document)Writer$", w.Name);
        });
    }

    [Theory]
    [MemberData(nameof(Vendors))]
    public void Refit_interfaces_sit_at_the_root_named_for_their_vendor(string vendor)
    {
        var apis = TypesOf(vendor)
            .Where(t => t.IsInterface && t.GetMethods().Any(m => m.GetCustomAttributes().Any(a => a.GetType().Namespace == "Refit")))
            .ToList();
        Assert.NotEmpty(apis);
        Assert.All(apis, api =>
        {
            Assert.Equal($"Connectors.{vendor}", api.Namespace);
            Assert.Matches($"^I{vendor}[A-Za-z]*Api$", api.Name);
        });
    }

    private static IEnumerable<Type> TypesOf(string vendor) =>
        ShippedAssemblies.All.Single(a => a.GetName().Name == $"Connectors.{vendor}").GetTypes()
            .Where(t => !t.IsNested && t.GetCustomAttribute<CompilerGeneratedAttribute>() is null && !t.Name.StartsWith('<'))
            // Shared source (src/Shared, namespace Connectors.Shared) and Refit's generated clients are not the connector's own.
            .Where(t => t.Namespace?.StartsWith($"Connectors.{vendor}", StringComparison.Ordinal) == true);

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
