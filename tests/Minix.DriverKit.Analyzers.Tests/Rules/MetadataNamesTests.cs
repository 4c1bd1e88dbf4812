using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// The analyzer finds the toolkit's types by name: every name it uses resolves in a compilation that references the
/// built Minix.Ipc, Minix.Kernel and Minix.DriverKit, so a rename cannot quietly switch a rule off.
/// </summary>
public class MetadataNamesTests
{
    public static IEnumerable<object[]> Names =>
        typeof(MetadataNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => new object[] { f.Name, (string)f.GetRawConstantValue()! });

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_metadata_name_the_analyzer_looks_for_is_a_type_of_the_built_toolkit(string field, string metadataName)
    {
        Compilation compilation = CSharpCompilation.Create("probe", references: TestReferences.HostFramework().Concat(TestReferences.Minix));

        Assert.True(compilation.GetTypeByMetadataName(metadataName) is not null, $"MetadataNames.{field} names '{metadataName}', which no toolkit assembly defines");
    }

    [Fact]
    public void Every_type_the_symbol_table_resolves_is_found_in_a_compilation_of_the_toolkit()
    {
        Compilation compilation = CSharpCompilation.Create("probe", references: TestReferences.HostFramework().Concat(TestReferences.Minix));
        MinixSymbols symbols = MinixSymbols.Resolve(compilation);

        var missing = typeof(MinixSymbols).GetProperties()
            .Where(p => p.PropertyType == typeof(INamedTypeSymbol))
            .Where(p => p.GetValue(symbols) is null)
            .Select(p => p.Name)
            .ToList();
        Assert.True(missing.Count == 0, "MinixSymbols resolves no type for: " + string.Join(", ", missing));
        Assert.DoesNotContain("ssumed", File.ReadAllText(Repository.PathOf("libs", "Minix.DriverKit.Analyzers", "Knowledge", "MetadataNames.cs")));
        Assert.DoesNotContain("ssumed", File.ReadAllText(Repository.PathOf("libs", "Minix.DriverKit.Analyzers", "Knowledge", "MinixSymbols.cs")));
    }
}
