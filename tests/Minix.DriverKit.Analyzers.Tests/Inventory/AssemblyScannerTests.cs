using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Minix.DriverKit.Inventory;

namespace Minix.DriverKit.Analyzers.Tests;

public class AssemblyScannerTests
{
    [Fact]
    public void A_call_into_an_assembly_marked_as_a_driver_is_category_B_in_IL_too()
    {
        string directory = Path.Combine(Path.GetTempPath(), "minix-scanner-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            MetadataReference tty = Emit(directory, "Tty", """
                [assembly: Minix.DriverKit.Driver("tty")]

                namespace Minix.DriverKit
                {
                    [System.AttributeUsage(System.AttributeTargets.Assembly)]
                    public sealed class DriverAttribute : System.Attribute
                    {
                        public DriverAttribute(string name) { }
                    }
                }

                namespace Tty
                {
                    public static class Console
                    {
                        public static void Put(char c) { }
                    }
                }
                """);
            Emit(directory, "Printer", """
                public static class Printer
                {
                    public static void Echo(char c) => Tty.Console.Put(c);
                    public static void Log() => Minix.DriverKit.Log.Write("x"u8);
                }
                """, tty);

            DependencyInventory inventory = AssemblyScanner.Scan(Path.Combine(directory, "Printer.dll"));

            Dependency dependency = Assert.Single(inventory.Dependencies);
            Assert.Equal(DependencyCategory.B, dependency.Category);
            Assert.Equal(FunctionalClass.MessagePassing, dependency.Class);
            Assert.Equal("Tty.Console.Put (driver tty)", dependency.Symbol);
            Assert.Equal("Printer.Echo", dependency.Location);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static MetadataReference Emit(string directory, string name, string source, params MetadataReference[] extra)
    {
        IEnumerable<MetadataReference> framework = TestReferences.HostFramework();
        CSharpCompilation compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview)) },
            framework.Concat(TestReferences.Minix).Concat(extra),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string path = Path.Combine(directory, name + ".dll");
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromFile(path);
    }
}
