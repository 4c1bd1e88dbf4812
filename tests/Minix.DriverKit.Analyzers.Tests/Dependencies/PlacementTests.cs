using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class PlacementTests
{
    private const string Source = """
        using Minix.Kernel.Arch;
        using Minix.Kernel.Core;

        static class Printer
        {
            public static void Print(byte c)
            {
                {|#0:KernelLog.Write("printing\n"u8)|};
                {|#1:PortIo.OutByte(0x378, c)|};
            }
        }
        """;

    [Theory]
    [InlineData(null, DiagnosticSeverity.Warning)]
    [InlineData("User", DiagnosticSeverity.Warning)]
    [InlineData("Kernel", DiagnosticSeverity.Info)]
    [InlineData("kernel", DiagnosticSeverity.Info)]
    public async Task Kernel_placement_turns_dependencies_into_an_inventory(string? placement, DiagnosticSeverity severity)
    {
        var a = new MinixAnalyzerTest<KernelSymbolAnalyzer>(Source)
            .Expect(new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(0).WithSeverity(severity).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));
        var e = new MinixAnalyzerTest<HardwareIoAnalyzer>(Source)
            .Expect(new DiagnosticResult(Descriptors.HardwareIo).WithLocation(1).WithSeverity(severity).WithMessage(null));
        if (placement != null)
        {
            a.WithProperties(("MinixPlacement", placement));
            e.WithProperties(("MinixPlacement", placement));
        }

        await a.RunAsync();
        await e.RunAsync();
    }

    [Fact]
    public async Task Test_projects_are_not_analyzed()
    {
        const string source = """
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static void Print(byte c) => PortIo.OutByte(0x378, c);
            }
            """;
        await new MinixAnalyzerTest<HardwareIoAnalyzer>(source)
            .WithProperties(("IsTestProject", "true"))
            .RunAsync();
    }
}
