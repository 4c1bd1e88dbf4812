using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class InterruptHandlerTests
{
    [Fact]
    public async Task A_handler_that_touches_driver_fields_is_category_D()
    {
        const string source = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                static int s_done;
                static bool s_busy;

                static bool OnInterrupt(int irq)
                {
                    {|#1:s_done|}++;
                    {|#2:s_busy|} = false;
                    return true;
                }

                public static void Init() => InterruptTable.SetHandler(7, {|#0:&OnInterrupt|});
            }
            """;
        await new MinixAnalyzerTest<InterruptHandlerAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.InterruptHandlerState).WithLocation(0).WithLocation(1).WithLocation(2).WithArguments(
                "Printer.OnInterrupt(int)",
                "Printer.s_done, Printer.s_busy",
                "D (interrupt handler uses driver data)",
                "6 interrupt management",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task State_touched_by_a_method_the_handler_calls_counts()
    {
        const string source = """
            using Minix.Kernel.Core;

            unsafe class Printer
            {
                static Printer s_instance = new Printer();
                int _count;

                void Count() => _count++;

                static bool OnInterrupt(int irq)
                {
                    Helper();
                    return true;
                }

                static void Helper() => s_instance.Count();

                public static void Init() => InterruptTable.SetHandler(7, {|#0:&OnInterrupt|});
            }
            """;
        await new MinixAnalyzerTest<InterruptHandlerAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.InterruptHandlerState).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments(
                "Printer.OnInterrupt(int)",
                "Printer.s_instance, Printer._count",
                "D (interrupt handler uses driver data)",
                "6 interrupt management",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task A_handler_in_another_part_of_a_partial_class_is_read_in_its_own_file_and_is_category_D()
    {
        const string installation = """
            using Minix.Kernel.Core;

            static unsafe partial class Printer
            {
                public static void Init() => InterruptTable.SetHandler(7, {|#0:&OnInterrupt|});
            }
            """;
        const string handler = """
            static partial class Printer
            {
                static int s_done;

                static bool OnInterrupt(int irq)
                {
                    {|#1:s_done|}++;
                    return true;
                }
            }
            """;
        var test = new MinixAnalyzerTest<InterruptHandlerAnalyzer>(installation);
        test.TestState.Sources.Add(("Printer.Interrupt.cs", handler));
        await test
            .Expect(new DiagnosticResult(Descriptors.InterruptHandlerState).WithLocation(0).WithLocation(1).WithArguments(
                "Printer.OnInterrupt(int)",
                "Printer.s_done",
                "D (interrupt handler uses driver data)",
                "6 interrupt management",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task State_touched_by_a_method_of_another_file_that_the_handler_calls_counts()
    {
        const string installation = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                static bool OnInterrupt(int irq) => Queue.Advance();

                public static void Init() => InterruptTable.SetHandler(7, {|#0:&OnInterrupt|});
            }
            """;
        const string queue = """
            static class Queue
            {
                static int s_head;

                public static bool Advance()
                {
                    {|#1:s_head|}++;
                    return true;
                }
            }
            """;
        var test = new MinixAnalyzerTest<InterruptHandlerAnalyzer>(installation);
        test.TestState.Sources.Add(("Queue.cs", queue));
        await test
            .Expect(new DiagnosticResult(Descriptors.InterruptHandlerState).WithLocation(0).WithLocation(1).WithArguments(
                "Printer.OnInterrupt(int)",
                "Queue.s_head",
                "D (interrupt handler uses driver data)",
                "6 interrupt management",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task A_handler_that_touches_no_driver_state_is_still_a_callback_category_C()
    {
        const string source = """
            using Minix.Kernel.Core;

            static unsafe class Printer
            {
                const int Line = 7;

                static bool OnInterrupt(int irq) => irq == Line;

                public static void Init() => InterruptTable.SetHandler(Line, {|#0:&OnInterrupt|});
            }
            """;
        await new MinixAnalyzerTest<InterruptHandlerAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.KernelCallback).WithLocation(0).WithArguments(
                "InterruptTable.SetHandler(int, delegate*<int, bool>)",
                "Printer.OnInterrupt(int)",
                "C (kernel task depends on the driver)",
                "6 interrupt management",
                "in a user-mode driver use Minix.Kernel.Calls.Sys.IrqSetPolicy (SYS_IRQCTL) and the HARDWARE notification in the driver's message loop instead"))
            .RunAsync();
    }

    [Fact]
    public async Task Binding_the_line_with_the_kernel_call_is_fine()
    {
        const string source = """
            using Minix.Kernel.Calls;

            static class Printer
            {
                static int s_hook;

                public static void Init() => Sys.IrqSetPolicy(7, IrqPolicy.Reenable, 0, out s_hook);
            }
            """;
        await new MinixAnalyzerTest<InterruptHandlerAnalyzer>(source).RunAsync();
    }
}
