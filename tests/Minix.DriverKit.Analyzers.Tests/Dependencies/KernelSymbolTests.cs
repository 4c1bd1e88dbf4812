using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class KernelSymbolTests
{
    [Fact]
    public async Task Kernel_printf_is_category_A_with_the_user_mode_replacement_named()
    {
        const string source = """
            using Minix.Kernel.Core;

            static class Printer
            {
                public static void Hello() => {|#0:KernelLog.Write("printer: ready\n"u8)|};
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(0).WithArguments(
                "KernelLog.Write(ReadOnlySpan<byte>)",
                "A (driver uses a kernel symbol)",
                "7 system control",
                "Minix.DriverKit.Log (SYS_DIAGCTL)"))
            .RunAsync();
    }

    [Fact]
    public async Task A_field_property_or_parameter_of_a_kernel_type_is_category_A_before_any_use()
    {
        const string source = """
            using Minix.Kernel.Core;

            sealed class Spy
            {
                private Process? {|#0:_victim|};
                public Process[] {|#1:Table|} => new Process[0];
                public static void {|#2:Watch|}(Microkernel kernel) { }
                private int _count;
            }
            """;
        static DiagnosticResult KernelType(int location, string type) =>
            new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(location).WithArguments(
                type, "A (driver uses a kernel symbol)", "9 kernel information", KernelInternalCatalog.ProcessInformation);
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source)
            .Expect(KernelType(0, "Process"), KernelType(1, "Process"), KernelType(2, "Microkernel"))
            .RunAsync();
    }

    [Fact]
    public async Task A_method_group_of_a_kernel_member_is_reported()
    {
        const string source = """
            using System;
            using Minix.Kernel.Core;

            static class Printer
            {
                delegate void Writer(ReadOnlySpan<byte> text);

                public static void Hello()
                {
                    Writer w = {|MINIX001:KernelLog.Write|};
                    w("x"u8);
                }
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task User_mode_logging_kernel_calls_and_hardware_io_are_not_category_A()
    {
        const string source = """
            using Minix.DriverKit;
            using Minix.Kernel.Arch;
            using Minix.Kernel.Calls;

            static class Printer
            {
                public static void Hello()
                {
                    Log.Write("printer: ready\n"u8);
                    Sys.SetAlarm(10, false, out _);
                    PortIo.OutByte(0x378, 1);
                }
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Handing_a_kernel_api_a_callback_is_left_to_category_C()
    {
        const string source = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                static void Timeout() { }

                public static void Arm() => KernelTimers.SetWatchdog(100, &Timeout);
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Code_without_the_kernel_is_not_analyzed()
    {
        const string source = """
            static class KernelLog
            {
                public static void Write(string text) { }
                public static void Hello() => Write("x");
            }
            """;
        var test = new MinixAnalyzerTest<KernelSymbolAnalyzer>(source);
        foreach (var toolkit in TestReferences.Minix)
            test.TestState.AdditionalReferences.Remove(toolkit);
        await test.RunAsync();
    }
}
