using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Connectors.ConventionTests;

/// <summary>Rules every shipped package keeps, checked by reflection over the whole family.</summary>
public class PublicSurfaceConventionTests
{
    [Fact]
    public void The_family_is_found()
    {
        Assert.Contains(ShippedAssemblies.All, a => a.GetName().Name == "Connectors.Core");
    }

    [Fact]
    public void Every_public_async_method_takes_a_cancellation_token_last()
    {
        var offenders = PublicMethods()
            .Where(m => IsAsync(m.ReturnType))
            .Where(m => m.Name != nameof(IAsyncDisposable.DisposeAsync))
            // ASP.NET Core handlers take the token from HttpContext.RequestAborted, as the framework does.
            .Where(m => !m.GetParameters().Any(p => p.ParameterType.FullName == "Microsoft.AspNetCore.Http.HttpContext"))
            .Where(m => m.GetParameters() is not [.., { ParameterType: var last }] || last != typeof(CancellationToken))
            .Select(Describe)
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void No_two_packages_define_a_public_type_of_the_same_name()
    {
        // A shared concept (PlatformDocument) lives once, in Core: a host should not build two records that mean the same.
        var offenders = ShippedAssemblies.PublicTypes
            .Where(t => !t.IsNested)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .Where(g => g.Select(t => t.Assembly).Distinct().Count() > 1)
            .Select(g => string.Join(" and ", g.Select(t => t.FullName)))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_data_types_expose_no_mutable_collections()
    {
        var offenders = ShippedAssemblies.PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (
                Type: t,
                Property: p)))
            .Where(x => IsMutableCollection(x.Property.PropertyType))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}: {x.Property.PropertyType.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Public_records_have_no_public_setters_other_than_init()
    {
        var offenders = ShippedAssemblies.PublicTypes
            .Where(t => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod(
                "PrintMembers",
                BindingFlags.NonPublic | BindingFlags.Instance) is not null))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (
                Type: t,
                Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Exceptions_derive_from_ConnectorException()
    {
        var offenders = ShippedAssemblies.PublicTypes
            .Where(t => typeof(Exception).IsAssignableFrom(t) && t.FullName != "Connectors.Core.ConnectorException")
            .Where(
                t => !t.IsAssignableTo(
                    ShippedAssemblies.All.Single(a => a.GetName().Name == "Connectors.Core").GetType("Connectors.Core.ConnectorException")))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(offenders);
    }

    private static IEnumerable<MethodInfo> PublicMethods() => ShippedAssemblies.PublicTypes
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => !m.IsSpecialName);

    private static bool IsAsync(Type type) =>
        type == typeof(Task) || type == typeof(ValueTask)
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(Task<>) || d == typeof(ValueTask<>) || d == typeof(IAsyncEnumerable<>)));

    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>)
                || d == typeof(IList<>) || d == typeof(ICollection<>) || d == typeof(IDictionary<,>)))
        || (type.IsClass && type != typeof(string) && typeof(IList).IsAssignableFrom(type) && !type.IsArray);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Describe(MethodInfo m) =>
        $"{m.DeclaringType!.FullName}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})";
}
