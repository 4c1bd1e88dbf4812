using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class KernelCallbackTests
{
    [Fact]
    public async Task A_watchdog_on_the_clock_task_is_category_C_clock()
    {
        const string source = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                static void Timeout() { }

                public static void Arm() => KernelTimers.SetWatchdog(100, {|#0:&Timeout|});
            }
            """;
        await new MinixAnalyzerTest<KernelCallbackAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.KernelCallback).WithLocation(0).WithArguments(
                "KernelTimers.SetWatchdog(ulong, delegate*<void>)",
                "Printer.Timeout()",
                "C (kernel task depends on the driver)",
                "8 clock functionality",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.SetAlarm (SYS_SETALARM) and the CLOCK notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task An_alarm_through_the_kernel_call_is_fine()
    {
        const string source = """
            using Minix.Kernel.Calls;

            static class Printer
            {
                public static void Arm() => Sys.SetAlarm(100, false, out _);
            }
            """;
        await new MinixAnalyzerTest<KernelCallbackAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Interrupt_handlers_are_left_to_the_interrupt_rule()
    {
        const string source = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                static bool Handler(int irq) => true;

                public static void Init() => InterruptTable.SetHandler(7, &Handler);
            }
            """;
        await new MinixAnalyzerTest<KernelCallbackAnalyzer>(source).RunAsync();
    }
}
