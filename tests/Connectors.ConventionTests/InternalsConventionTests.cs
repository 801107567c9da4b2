using System.Reflection;
using System.Runtime.CompilerServices;

namespace Connectors.ConventionTests;

/// <summary>
/// What stays internal and what a wire model may expose, for every shipped assembly. An exemption names the type and
/// says why it is public on purpose; anything else is a leak to fix in code (make it internal), not here.
/// </summary>
public class InternalsConventionTests
{
    private static readonly string[] InternalSuffixes = ["Handler", "Mapper", "JsonContext", "Validator"];

    /// <summary>Public on purpose, each for a caller who needs it.</summary>
    private static readonly Dictionary<string, string> Exemptions = new(StringComparer.Ordinal)
    {
        ["Connectors.Core.Validation.CaseValidator"] =
            "A domain rule, not an options validator: platforms call it to explain why a case cannot be created before they plan.",
    };

    [Fact]
    public void No_handler_mapper_json_context_or_validator_is_public_unless_exempted()
    {
        var offenders = ShippedAssemblies.PublicTypes
            .Where(t => InternalSuffixes.Any(s => t.Name.EndsWith(s, StringComparison.Ordinal)) || IsMachinery(t))
            .Where(t => !Exemptions.ContainsKey(t.FullName!))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Exemptions_name_public_types_that_still_exist()
    {
        var stale = Exemptions.Keys.Where(name => !ShippedAssemblies.PublicTypes.Any(t => t.FullName == name)).ToList();

        Assert.Empty(stale);
    }

    [Fact]
    public void Wire_models_have_no_public_setters_other_than_init_and_no_public_mutable_fields()
    {
        var models = ShippedAssemblies.PublicTypes.Where(t => t.Namespace?.EndsWith(".Models", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(models);

        var setters = models
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (
                Type: t,
                Property: p)))
            .Where(
                x => x.Property.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers()
                    .Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}");
        var fields = models
            .SelectMany(
                t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsInitOnly)
            .Select(x => $"{x.Type.FullName}.{x.Field.Name} (field)");

        Assert.Empty(setters.Concat(fields).ToList());
    }

    [Fact]
    public void Public_types_expose_no_mutable_instance_fields()
    {
        var offenders = ShippedAssemblies.PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(
                t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsInitOnly)
            .Select(x => $"{x.Type.FullName}.{x.Field.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies.Names), MemberType = typeof(ShippedAssemblies))]
    public void Shipped_libraries_are_trimmable_except_the_sandbox(string assemblyName)
    {
        var assembly = ShippedAssemblies.All.Single(a => a.GetName().Name == assemblyName);
        var trimmable = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Any(a => a.Key == "IsTrimmable" && string.Equals(a.Value, "True", StringComparison.OrdinalIgnoreCase));

        // The sandbox is a development emulator on ASP.NET Core minimal APIs with reflection JSON; it runs under the
        // JIT (samples/Aot.Smoke talks to it over loopback). Every connector and Core must be trim- and AOT-safe.
        Assert.Equal(assemblyName != "Connectors.Sandbox", trimmable);
    }

    private static bool IsMachinery(Type type) =>
        Inherits(type, "System.Net.Http.DelegatingHandler")
        || Inherits(type, "System.Text.Json.Serialization.JsonSerializerContext")
        || type.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition().FullName == "Microsoft.Extensions.Options.IValidateOptions`1");

    private static bool Inherits(Type type, string baseName)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.FullName == baseName)
            {
                return true;
            }
        }

        return false;
    }
}
