using Minix.DriverKit.CodeFixes;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>The user-mode twin fix rewrites calls only: a method group handed to another method is left as it is.</summary>
public class MethodGroupFixTests
{
    [Fact]
    public async Task A_port_io_method_group_passed_to_a_call_is_reported_but_not_rewritten()
    {
        const string source = """
            using System;
            using Minix.Kernel.Arch;

            static class Printer
            {
                static void Each(Action<ushort, byte> write) => write(0x378, 0);

                public static void Reset() => Each({|MINIX005:PortIo.OutByte|});
            }
            """;
        await new MinixCodeFixTest<HardwareIoAnalyzer, UserModeTwinCodeFixProvider>(source, source).RunAsync();
    }

    [Fact]
    public async Task A_kernel_log_method_group_passed_to_a_call_is_reported_but_not_rewritten()
    {
        const string source = """
            using System;
            using Minix.Kernel.Core;

            static class Printer
            {
                delegate void Writer(ReadOnlySpan<byte> text);

                static void Say(Writer write) => write("ready\n"u8);

                public static void Ready() => Say({|MINIX001:KernelLog.Write|});
            }
            """;
        await new MinixCodeFixTest<KernelSymbolAnalyzer, UserModeTwinCodeFixProvider>(source, source).RunAsync();
    }
}
