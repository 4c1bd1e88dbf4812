using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>A null function pointer hands the kernel no driver code: no category C, but still a kernel symbol (A).</summary>
public class NullCallbackTests
{
    private const string Source = """
        using Minix.Kernel.Core;

        static unsafe class Printer
        {
            public static void Disarm()
            {
                {|#0:KernelTimers.SetWatchdog(0, null)|};
                {|#1:KernelTimers.SetWatchdog(0, default)|};
            }
        }
        """;

    [Fact]
    public async Task Null_is_no_callback_for_category_C()
    {
        await new MinixAnalyzerTest<KernelCallbackAnalyzer>(Source.Replace("{|#0:", "").Replace("{|#1:", "").Replace("|}", "")).RunAsync();
    }

    [Fact]
    public async Task The_call_is_still_a_kernel_symbol_category_A()
    {
        static DiagnosticResult At(int marker) => new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(marker).WithArguments(
            "KernelTimers.SetWatchdog(ulong, delegate*<void>)",
            "A (driver uses a kernel symbol)",
            "8 clock functionality",
            "Minix.Kernel.Calls.Sys.SetAlarm (SYS_SETALARM) and the CLOCK notification");
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(Source).Expect(At(0), At(1)).RunAsync();
    }
}
