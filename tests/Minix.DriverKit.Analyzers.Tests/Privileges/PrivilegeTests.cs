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
        await new MinixAnalyzerTest<PortRangeAnalyzer>(source)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(PrinterConf)
            .Expect(
                new DiagnosticResult(Descriptors.PortNotGranted).WithLocation(0).WithLocation("system.conf", 3, 5).WithArguments("37b", 1, "printer", "io 378:3 at system.conf:3:5"),
                new DiagnosticResult(Descriptors.PortNotGranted).WithLocation(1).WithLocation("system.conf", 3, 5).WithArguments("37a", 2, "printer", "io 378:3 at system.conf:3:5"),
                new DiagnosticResult(Descriptors.PortNotGranted).WithLocation(2).WithLocation("system.conf", 3, 5).WithArguments("378", 4, "printer", "io 378:3 at system.conf:3:5"))
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
        await new MinixAnalyzerTest<PortRangeAnalyzer>(source)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf("service printer { io ALL; };")
            .RunAsync();
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
        await new MinixAnalyzerTest<KernelCallPrivilegeAnalyzer>(source)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(PrinterConf)
            .Expect(new DiagnosticResult(Descriptors.KernelCallNotGranted).WithLocation(0).WithLocation("system.conf", 5, 5).WithArguments(
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
            .Expect(new DiagnosticResult(Descriptors.KernelCallNotGranted).WithLocation(0).WithLocation("system.conf", 1, 23).WithArguments(
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
        await new MinixAnalyzerTest<IpcTargetAnalyzer>(source)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(PrinterConf)
            .Expect(new DiagnosticResult(Descriptors.IpcTargetNotGranted).WithLocation(0).WithLocation("system.conf", 6, 5).WithArguments(
                "Messaging.SendRec", "ds", "printer", "ipc SYSTEM rs tty at system.conf:6:5"))
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
            .Expect(new DiagnosticResult(Descriptors.IpcTargetNotGranted).WithLocation(0).WithLocation("system.conf", 1, 1).WithArguments(
                "Messaging.Notify", "USER", "testproject", "no ipc line: system processes only"))
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
        await new MinixAnalyzerTest<IrqLineAnalyzer>(source)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf("service printer\n{\n    irq 7;\n};\n")
            .Expect(new DiagnosticResult(Descriptors.IrqNotGranted).WithLocation(0).WithLocation("system.conf", 3, 5).WithArguments(5, "printer", "irq 7 at system.conf:3:5"))
            .RunAsync();
        await new MinixAnalyzerTest<IrqLineAnalyzer>(source.Replace("{|#0:5|}", "5"))
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf("service printer { irq ALL; };")
            .RunAsync();
    }
}
