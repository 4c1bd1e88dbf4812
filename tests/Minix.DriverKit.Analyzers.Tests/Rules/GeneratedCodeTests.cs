using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// The checks the other tests skip to compile each source once (<see cref="MinixAnalyzerTest{TAnalyzer}.OneCompilation"/>),
/// made once here: no rule reports in generated code, and a pragma silences a rule.
/// </summary>
public class GeneratedCodeTests
{
    private const string Driver = """
        using Minix.Kernel.Arch;
        using Minix.Kernel.Core;

        static class Printer
        {
            public static byte Status() => {|#0:PortIo.InByte(0x379)|};
            public static void Ready() => {|#1:KernelLog.Write("ready"u8)|};
        }
        """;

    [Fact]
    public async Task Rules_are_silent_in_generated_code_and_a_pragma_silences_them()
    {
        var hardware = new MinixAnalyzerTest<HardwareIoAnalyzer>(Driver).Expect(
            new DiagnosticResult(Descriptors.HardwareIo).WithLocation(0).WithArguments("PortIo.InByte(ushort)", "E (driver uses I/O hardware)", "5 device I/O", "Minix.DriverKit.DevIo (SYS_DEVIO)"));
        hardware.TestBehaviors = TestBehaviors.None;
        await hardware.RunAsync();

        var kernel = new MinixAnalyzerTest<KernelSymbolAnalyzer>(Driver).Expect(
            new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(1).WithArguments("KernelLog.Write(ReadOnlySpan<byte>)", "A (driver uses a kernel symbol)", "7 system control", "Minix.DriverKit.Log (SYS_DIAGCTL)"));
        kernel.TestBehaviors = TestBehaviors.None;
        await kernel.RunAsync();
    }
}
