using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class PrivilegeTests
{
    private const string PrinterConf = """
        service printer
        {
            io      378:3;
            irq     7;
            system  DEVIO;
            ipc     SYSTEM rs tty;
        };
        """;

    /// <summary>The analyzer on <paramref name="source"/> compiled as the service printer, with <paramref name="conf"/>.</summary>
    internal static MinixAnalyzerTest<T> AsPrinter<T>(string source, string conf = PrinterConf)
        where T : DiagnosticAnalyzer, new() =>
        new MinixAnalyzerTest<T>(source).WithProperties(("MinixServiceName", "printer")).WithSystemConf(conf);

    /// <summary>A diagnostic at the source's marker <paramref name="marker"/> that also points at line:column of system.conf.</summary>
    internal static DiagnosticResult Denied(DiagnosticDescriptor rule, int marker, int line, int column, params object[] arguments) =>
        new DiagnosticResult(rule).WithLocation(marker).WithLocation("system.conf", line, column).WithArguments(arguments);

    [Fact]
    public async Task Constant_ports_outside_the_io_ranges_are_MINIX201()
    {
        const string source = """
            using Minix.DriverKit;
            using Minix.Kernel.Calls;

            static class Printer
            {
                const ushort Control = 0x37a;

                public static void Run(ushort somewhere)
                {
                    DevIo.OutByte(0x378, 1);
                    DevIo.OutByte(Control, 1);
                    DevIo.OutByte({|#0:0x37b|}, 1);
                    Sys.InWord({|#1:0x37a|}, out _);
                    uint value = 0;
                    Sys.DevIo(PortAccess.Input | PortAccess.Long, {|#2:0x378|}, ref value);
                    DevIo.InByte(somewhere);
                }
            }
            """;
        await AsPrinter<PortRangeAnalyzer>(source)
            .Expect(
                Denied(Descriptors.PortNotGranted, 0, 3, 5, "37b", 1, "printer", "io 378:3 at system.conf:3:5"),
                Denied(Descriptors.PortNotGranted, 1, 3, 5, "37a", 2, "printer", "io 378:3 at system.conf:3:5"),
                Denied(Descriptors.PortNotGranted, 2, 3, 5, "378", 4, "printer", "io 378:3 at system.conf:3:5"))
            .RunAsync();
    }

    [Fact]
    public async Task Io_ALL_grants_every_port_and_no_system_conf_means_no_check()
    {
        const string source = """
            using Minix.DriverKit;

            static class Printer
            {
                public static void Run() => DevIo.OutByte(0x80, 1);
            }
            """;
        await AsPrinter<PortRangeAnalyzer>(source, "service printer { io ALL; };").RunAsync();
        await new MinixAnalyzerTest<PortRangeAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Kernel_calls_outside_the_system_list_are_MINIX202()
    {
        const string source = """
            using Minix.DriverKit;
            using Minix.Kernel.Calls;

            static class Printer
            {
                public static void Run()
                {
                    DevIo.OutByte(0x378, 1);
                    Sys.SetAlarm(10, false, out _);
                    Log.Write("x"u8);
                    {|#0:Sys.IrqSetPolicy(7, IrqPolicy.Reenable, 0, out _)|};
                }
            }
            """;
        await AsPrinter<KernelCallPrivilegeAnalyzer>(source)
            .Expect(Denied(Descriptors.KernelCallNotGranted, 0, 5, 5,
                "Sys.IrqSetPolicy(int, IrqPolicy, int, out int)", "IRQCTL", "printer", "system DEVIO and the basic calls at system.conf:5:5"))
            .RunAsync();
    }

    [Fact]
    public async Task System_NONE_takes_even_the_basic_calls()
    {
        const string source = """
            using Minix.DriverKit;

            static class Printer
            {
                public static void Run() => {|#0:Log.Write("x"u8)|};
            }
            """;
        await new MinixAnalyzerTest<KernelCallPrivilegeAnalyzer>(source)
            .WithSystemConf("service testproject { system NONE; };")
            .Expect(Denied(Descriptors.KernelCallNotGranted, 0, 1, 23,
                "Log.Write(ReadOnlySpan<byte>)", "DIAGCTL", "testproject", "system NONE at system.conf:1:23"))
            .RunAsync();
    }

    [Fact]
    public async Task Messages_to_services_outside_the_ipc_list_are_MINIX203()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run()
                {
                    var message = new Message(0);
                    Messaging.SendRec(Endpoint.Terminal, ref message);
                    Messaging.Notify(Endpoint.ReincarnationServer);
                    Messaging.SendRec({|#0:Endpoint.DataStore|}, ref message);
                    Messaging.Receive(Endpoint.Any, ref message, out _);
                }
            }
            """;
        await AsPrinter<IpcTargetAnalyzer>(source)
            .Expect(Denied(Descriptors.IpcTargetNotGranted, 0, 6, 5, "Messaging.SendRec", "ds", "printer", "ipc SYSTEM rs tty at system.conf:6:5"))
            .RunAsync();
    }

    [Fact]
    public async Task Without_an_ipc_line_only_system_processes_are_reachable()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run()
                {
                    Messaging.Notify(Endpoint.DataStore);
                    Messaging.Notify({|#0:Endpoint.Init|});
                }
            }
            """;
        await new MinixAnalyzerTest<IpcTargetAnalyzer>(source)
            .WithSystemConf("service testproject { io 378:3; };")
            .Expect(Denied(Descriptors.IpcTargetNotGranted, 0, 1, 1, "Messaging.Notify", "USER", "testproject", "no ipc line: system processes only"))
            .RunAsync();
    }
}

public class IrqPrivilegeTests
{
    [Fact]
    public async Task Constant_irq_lines_outside_the_irq_list_are_MINIX205()
    {
        const string source = """
            using Minix.Kernel.Calls;

            static class Printer
            {
                public static void Run(int line)
                {
                    Sys.IrqSetPolicy(7, IrqPolicy.Reenable, 0, out _);
                    Sys.IrqSetPolicy({|#0:5|}, IrqPolicy.Reenable, 1, out _);
                    Sys.IrqSetPolicy(line, IrqPolicy.None, 2, out _);
                }
            }
            """;
        await PrivilegeTests.AsPrinter<IrqLineAnalyzer>(source, "service printer\n{\n    irq 7;\n};\n")
            .Expect(PrivilegeTests.Denied(Descriptors.IrqNotGranted, 0, 3, 5, 5, "printer", "irq 7 at system.conf:3:5"))
            .RunAsync();
        await PrivilegeTests.AsPrinter<IrqLineAnalyzer>(source.Replace("{|#0:5|}", "5"), "service printer { irq ALL; };").RunAsync();
    }
}
