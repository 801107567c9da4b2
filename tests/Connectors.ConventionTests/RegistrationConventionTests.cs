using System.Reflection;

namespace Connectors.ConventionTests;

/// <summary>
/// One registration path for every connector: <c>AddXxx</c> and <c>AddKeyedXxx</c>, each in code and from configuration,
/// all returning <c>IHttpClientBuilder</c>, over options that derive from Core's <c>ConnectorOptions</c>.
/// </summary>
public sealed class RegistrationConventionTests
{
    private const string HttpClientBuilder = "Microsoft.Extensions.DependencyInjection.IHttpClientBuilder";
    private const string ServiceCollection = "Microsoft.Extensions.DependencyInjection.IServiceCollection";

    private static IEnumerable<string> ConnectorNames =>
        ShippedAssemblies.All.Select(a => a.GetName().Name!).Where(name => name is not ("Connectors.Core" or "Connectors.Sandbox"));

    /// <summary>The connectors' vendor names (<c>CasePeer</c>, ...): their assembly names without <c>Connectors.</c>.</summary>
    internal static IEnumerable<string> VendorNames => ConnectorNames.Select(name => name["Connectors.".Length..]);

    /// <summary>The connector assemblies: every shipped one but Core and the sandbox.</summary>
    public static TheoryData<string> Connectors() => new(ConnectorNames);

    [Fact]
    public void The_four_connectors_are_found() =>
        Assert.Equal(["Connectors.CasePeer", "Connectors.CaseXchange", "Connectors.MyCase", "Connectors.SmartAdvocate"], ConnectorNames);

    [Theory]
    [MemberData(nameof(Connectors))]
    public void A_connector_registers_with_AddXxx_and_AddKeyedXxx_returning_IHttpClientBuilder(string assemblyName)
    {
        var assembly = ShippedAssemblies.All.Single(a => a.GetName().Name == assemblyName);
        var vendor = assemblyName["Connectors.".Length..];
        var extensions = assembly.GetType($"{assemblyName}.{vendor}ServiceCollectionExtensions");
        Assert.True(
            extensions is { IsPublic: true, IsAbstract: true, IsSealed: true },
            $"{assemblyName} has no public static {vendor}ServiceCollectionExtensions.");
        var options = assembly.GetType($"{assemblyName}.{vendor}Options");
        Assert.True(
            options is not null && options.BaseType?.FullName == "Connectors.Core.Http.ConnectorOptions",
            $"{vendor}Options must derive from Connectors.Core.Http.ConnectorOptions.");

        var methods = extensions!.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal))
            .ToList();
        Assert.All(methods, m => Assert.Equal(HttpClientBuilder, m.ReturnType.FullName));
        var configure = $"System.Action`1[[{options!.AssemblyQualifiedName}]]";
        Assert.Contains(methods, m => m.Name == $"Add{vendor}" && Shape(m, configure));
        Assert.Contains(methods, m => m.Name == $"Add{vendor}" && Shape(m, "System.String", configure));
        Assert.Contains(methods, m => m.Name == $"AddKeyed{vendor}" && Shape(m, "System.String", configure));
        Assert.Contains(methods, m => m.Name == $"AddKeyed{vendor}" && Shape(m, "System.String", "System.String", configure));
    }

    // An extension of IServiceCollection whose other parameters have these types, in this order.
    private static bool Shape(MethodInfo method, params string[] parameters)
    {
        var actual = method.GetParameters().Select(p => p.ParameterType.FullName ?? p.ParameterType.Name).ToList();
        return actual.Count == parameters.Length + 1 && actual[0] == ServiceCollection && actual.Skip(1).SequenceEqual(parameters);
    }
}
