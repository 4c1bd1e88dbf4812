using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class HardwareIoTests
{
    [Fact]
    public async Task Port_io_is_category_E_device_io()
    {
        const string source = """
            using Minix.Kernel.Arch;

            static class Printer
            {
                public static byte Status() => {|#0:PortIo.InByte(0x379)|};
            }
            """;
        await new MinixAnalyzerTest<HardwareIoAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.HardwareIo).WithLocation(0).WithArguments(
                "PortIo.InByte(ushort)",
                "E (driver uses I/O hardware)",
                "5 device I/O",
                "Minix.DriverKit.DevIo (SYS_DEVIO)"))
            .RunAsync();
    }

    [Fact]
    public async Task A_pointer_to_a_constant_physical_address_is_category_E_memory()
    {
        const string source = """
            static unsafe class Screen
            {
                public static void Hello()
                {
                    byte* video = {|#0:(byte*)0xB8000|};
                    video[0] = (byte)'A';
                    byte* none = (byte*)0;
                }
            }
            """;
        await new MinixAnalyzerTest<HardwareIoAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.HardwareIo).WithLocation(0).WithArguments(
                "(byte*)0xB8000 (physical address 0xB8000)",
                "E (driver uses I/O hardware)",
                "3 memory management",
                HardwareIoAnalyzer.DeviceMemoryReplacement))
            .RunAsync();
    }

    [Fact]
    public async Task A_pointer_made_from_an_address_in_a_variable_is_category_E_and_the_advice_names_the_grant()
    {
        const string source = """
            static unsafe class Copy
            {
                public static byte First(ulong clientAddress) => *{|#0:(byte*)clientAddress|};
                public static byte Second(nint at) => *{|#1:(byte*)at|};
                public static byte Own(byte* buffer) => *(byte*)(void*)buffer;
            }
            """;
        await new MinixAnalyzerTest<HardwareIoAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.HardwareIo).WithLocation(0).WithArguments(
                    "(byte*)clientAddress (an address in an integer ('clientAddress'))",
                    "E (driver uses I/O hardware)",
                    "3 memory management",
                    HardwareIoAnalyzer.DeviceMemoryReplacement),
                new DiagnosticResult(Descriptors.HardwareIo).WithLocation(1).WithArguments(
                    "(byte*)at (an address in an integer ('at'))",
                    "E (driver uses I/O hardware)",
                    "3 memory management",
                    HardwareIoAnalyzer.DeviceMemoryReplacement))
            .RunAsync();
        // A client's buffer is reached through its grant; only device memory through a mapped range.
        Assert.Contains("memory grant", HardwareIoAnalyzer.DeviceMemoryReplacement, StringComparison.Ordinal);
        Assert.Contains("SYS_SAFECOPY", HardwareIoAnalyzer.DeviceMemoryReplacement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_mode_device_io_is_fine()
    {
        const string source = """
            using Minix.DriverKit;
            using Minix.Kernel.Calls;

            static class Printer
            {
                public static byte Status()
                {
                    Sys.OutByte(0x37a, 1);
                    return DevIo.InByte(0x379);
                }
            }
            """;
        await new MinixAnalyzerTest<HardwareIoAnalyzer>(source).RunAsync();
    }
}
