using Minix.DriverKit.CodeFixes;

namespace Minix.DriverKit.Analyzers.Tests;

public class UserModeTwinFixTests
{
    [Fact]
    public async Task Port_io_becomes_DevIo_and_the_using_is_added()
    {
        const string source = """
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static byte Status() => {|MINIX005:PortIo.InByte(0x379)|};
            }
            """;
        const string fixedSource = """
            using Minix.DriverKit;
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static byte Status() => DevIo.InByte(0x379);
            }
            """;
        await new MinixCodeFixTest<HardwareIoAnalyzer, UserModeTwinCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Kernel_printf_becomes_Log_Write()
    {
        const string source = """
            using Minix.DriverKit;

            static class Printer
            {
                public static void Hello() => {|MINIX001:Minix.Kernel.Core.KernelLog.Write("ready\n"u8)|};
            }
            """;
        const string fixedSource = """
            using Minix.DriverKit;

            static class Printer
            {
                public static void Hello() => Log.Write("ready\n"u8);
            }
            """;
        await new MinixCodeFixTest<KernelSymbolAnalyzer, UserModeTwinCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task Fix_all_rewrites_every_port_access_of_a_driver()
    {
        const string source = """
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static void Print(byte c)
                {
                    while (({|MINIX005:PortIo.InByte(0x379)|} & 0x80) == 0) { }
                    {|MINIX005:PortIo.OutByte(0x378, c)|};
                    {|MINIX005:PortIo.OutByte(0x37a, 0x0d)|};
                    {|MINIX005:PortIo.OutByte(0x37a, 0x0c)|};
                }
            }
            """;
        const string fixedSource = """
            using Minix.DriverKit;
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static void Print(byte c)
                {
                    while ((DevIo.InByte(0x379) & 0x80) == 0) { }
                    DevIo.OutByte(0x378, c);
                    DevIo.OutByte(0x37a, 0x0d);
                    DevIo.OutByte(0x37a, 0x0c);
                }
            }
            """;
        var test = new MinixCodeFixTest<HardwareIoAnalyzer, UserModeTwinCodeFixProvider>(source, fixedSource)
        {
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
        };
        test.BatchFixedCode = fixedSource;
        await test.RunAsync();
    }

    [Fact]
    public async Task Using_static_calls_are_qualified_with_the_twin()
    {
        const string source = """
            using static Minix.Kernel.Arch.PortIo;

            static class Printer
            {
                public static void Reset() => {|MINIX005:OutByte(0x37a, 0x08)|};
            }
            """;
        const string fixedSource = """
            using Minix.DriverKit;
            using static Minix.Kernel.Arch.PortIo;

            static class Printer
            {
                public static void Reset() => DevIo.OutByte(0x37a, 0x08);
            }
            """;
        await new MinixCodeFixTest<HardwareIoAnalyzer, UserModeTwinCodeFixProvider>(source, fixedSource).RunAsync();
    }

    [Fact]
    public async Task A_physical_address_has_no_automatic_fix()
    {
        const string source = """
            static unsafe class Screen
            {
                public static byte* Video() => {|MINIX005:(byte*)0xB8000|};
            }
            """;
        await new MinixCodeFixTest<HardwareIoAnalyzer, UserModeTwinCodeFixProvider>(source, source).RunAsync();
    }
}
