using Minix.DriverKit.Inventory;

namespace Minix.DriverKit.Analyzers.Tests;

[Trait("Needs", "restore")]
[Collection(DotnetBuilds.Name)]
public class DepsCommandTests
{
    [Fact]
    public void Deps_of_the_legacy_printer_project_lists_every_category_and_class()
    {
        var output = new StringWriter();
        int exit = DepsCommand.Run(Repository.PathOf("samples", "drivers", "LegacyPrinter"), output, new[] { "-c", Repository.Configuration, "--no-dependencies" });

        string text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("Kernel dependencies of LegacyPrinter (project)", text);
        Assert.Contains("By category: A 2  B 0  C 1  D 1  E 7  total 11", text);
        Assert.Contains("By functional class: 5 device I/O 7, 6 interrupt management 1, 7 system control 2, 8 clock functionality 1", text);
        Assert.Contains("Minix.Kernel.Core.KernelLog.Write(System.ReadOnlySpan<byte>)", text);
        Assert.Contains("Minix.Kernel.Core.InterruptTable.SetHandler(int, delegate*<int, bool>) (handler Printer.OnInterrupt(int))", text);
        Assert.Contains("Printer.cs(39,9)", text);
    }

    [Fact]
    public void Deps_of_the_built_legacy_printer_assembly_reads_the_same_dependencies_from_IL()
    {
        string assembly = BuiltSample("LegacyPrinter");

        DependencyInventory inventory = DepsCommand.Inventory(assembly, null, TextWriter.Null)!;

        Assert.Equal("assembly", inventory.Source);
        Assert.Equal(2, inventory.Count(DependencyCategory.A));
        Assert.Equal(0, inventory.Count(DependencyCategory.B));
        Assert.Equal(1, inventory.Count(DependencyCategory.C));
        Assert.Equal(1, inventory.Count(DependencyCategory.D));
        Assert.Equal(7, inventory.Count(DependencyCategory.E));
        Assert.Contains(inventory.Dependencies, d => d.Category == DependencyCategory.D && d.Location == "LegacyPrinter.Printer.Init");
    }

    [Fact]
    public void Deps_of_the_fixed_twin_lists_no_dependencies_and_the_kernel_calls_that_replace_them()
    {
        string assembly = BuiltSample("LegacyPrinter.Fixed");

        var output = new StringWriter();
        Assert.Equal(0, DepsCommand.Run(assembly, output));

        string text = output.ToString();
        Assert.Contains("No kernel dependencies", text);
        Assert.Contains("DEVIO", text);
        Assert.Contains("IRQCTL", text);
        Assert.Contains("SETALARM", text);
        Assert.Contains("DIAGCTL", text);
    }

    [Fact]
    public void Deps_of_a_project_whose_build_prints_warnings_reads_its_items_past_them()
    {
        string folder = Directory.CreateTempSubdirectory("minix-deps-warnings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Noisy.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
                </Project>
                """);
            // CS0168 on every build after an edit: the compiler prints it next to the build's items and properties.
            File.WriteAllText(Path.Combine(folder, "Noisy.cs"), "public static class Noisy { public static void Unused() { int unused; } }\n");

            var output = new StringWriter();
            int exit = DepsCommand.Run(folder, output);

            Assert.True(exit == 0, output.ToString());
            Assert.Contains("No kernel dependencies", output.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Deps_rejects_what_it_cannot_read()
    {
        var output = new StringWriter();
        Assert.Equal(2, DepsCommand.Run(Repository.PathOf("README.md"), output));
        Assert.Contains("expected a .csproj", output.ToString());
    }

    /// <summary>The assembly of the sample driver <paramref name="name"/>, built first if it is not there yet.</summary>
    private static string BuiltSample(string name)
    {
        string assembly = Repository.PathOf("samples", "drivers", name, "bin", Repository.Configuration, "net10.0", name + ".dll");
        if (!File.Exists(assembly))
            Assert.Equal(0, Repository.Build(Repository.PathOf("samples", "drivers", name, name + ".csproj")).ExitCode);
        return assembly;
    }
}
