using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class ImageConstructTests
{
    [Fact]
    public async Task Catch_clauses_never_run_on_the_image()
    {
        const string source = """
            static class Printer
            {
                public static int Run()
                {
                    try
                    {
                        return 1;
                    }
                    {|#0:catch|} (System.InvalidOperationException)
                    {
                        return 2;
                    }
                    finally
                    {
                    }
                }
            }
            """;
        await new MinixAnalyzerTest<CatchClauseAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.CatchNeverRuns).WithLocation(0))
            .RunAsync();
    }

    [Fact]
    public async Task Try_finally_and_host_files_are_fine()
    {
        var test = new MinixAnalyzerTest<CatchClauseAnalyzer>("""
            static class Printer
            {
                public static int Run()
                {
                    try { return 1; } finally { }
                }
            }
            """);
        test.TestState.Sources.Add(("/0/Host/Printer.Host.cs", """
            static class PrinterHost
            {
                public static int Run()
                {
                    try { return 1; } catch { return 2; }
                }
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Lock_and_async_are_MINIX103()
    {
        const string source = """
            using System.Threading.Tasks;

            class Printer
            {
                readonly object _gate = new object();
                int _count;

                public void Count()
                {
                    {|#0:lock|} (_gate)
                        _count++;
                }

                public {|#1:async|} Task Wait() => await Task.Yield();
            }
            """;
        await new MinixAnalyzerTest<ThreadingConstructAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.Threading).WithLocation(0).WithArguments("lock statement"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(1).WithArguments("async"))
            .RunAsync();
    }

    [Fact]
    public async Task Allocations_in_a_message_loop_are_MINIX105()
    {
        const string source = """
            using Minix.Ipc;

            sealed class Request { }

            static class Printer
            {
                public static void Run()
                {
                    byte[] buffer = new byte[512];
                    var message = new Message(0);
                    while (true)
                    {
                        Messaging.Receive(Endpoint.Any, ref message, out IpcStatus status);
                        var request = {|#0:new Request()|};
                        var copy = {|#1:new byte[64]|};
                        var reply = new Message(1);
                        for (int i = 0; i < 4; i++)
                        {
                            var inner = {|#2:new int[2]|};
                        }
                    }
                }

                public static void Startup()
                {
                    for (int i = 0; i < 4; i++)
                    {
                        var fine = new byte[16];
                    }
                }
            }
            """;
        await new MinixAnalyzerTest<LoopAllocationAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.LoopAllocation).WithLocation(0).WithArguments("new Request"),
                new DiagnosticResult(Descriptors.LoopAllocation).WithLocation(1).WithArguments("new byte[]"),
                new DiagnosticResult(Descriptors.LoopAllocation).WithLocation(2).WithArguments("new int[]"))
            .RunAsync();
    }

    [Fact]
    public async Task Calls_through_an_interface_or_a_type_parameter_that_may_be_a_class_are_MINIX106_but_calls_on_the_class_a_struct_parameter_or_objects_methods_are_fine()
    {
        const string source = """
            interface IDevice
            {
                int Read();
                int Size { get; }
            }

            sealed class Disk : IDevice
            {
                public int Read() => 1;
                public int Size => 512;
            }

            struct Clock : IDevice
            {
                public int Read() => 2;
                public int Size => 8;
            }

            static class Driver
            {
                public static int Run(IDevice device, Disk disk)
                {
                    int total = {|#0:device.Read()|} + {|#1:device.Size|};
                    total += disk.Read() + disk.Size + device.GetHashCode();
                    return total + ReadAny(new Clock()) + ReadShared(disk);
                }

                static int ReadAny<T>(T device) where T : struct, IDevice => device.Read();

                static int ReadShared<T>(T device) where T : IDevice => {|#2:device.Read()|};
            }
            """;
        await new MinixAnalyzerTest<DispatchAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.InterfaceCall).WithLocation(0).WithArguments("Read", "IDevice"),
                new DiagnosticResult(Descriptors.InterfaceCall).WithLocation(1).WithArguments("Size", "IDevice"),
                new DiagnosticResult(Descriptors.InterfaceCall).WithLocation(2).WithArguments("Read", "T"))
            .RunAsync();
    }

    [Fact]
    public async Task Virtual_calls_to_generic_methods_are_MINIX107_but_sealed_receivers_are_fine()
    {
        const string source = """
            abstract class Box
            {
                public abstract T Echo<T>(T value);
            }

            sealed class A : Box
            {
                public override T Echo<T>(T value) => value;
            }

            static class Use
            {
                public static int Call(Box box, A a) => {|#0:box.Echo(1)|} + a.Echo(2);
            }
            """;
        await new MinixAnalyzerTest<DispatchAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.GenericVirtualCall).WithLocation(0).WithArguments("Echo", "Box"))
            .RunAsync();
    }

    [Fact]
    public async Task Multi_dimensional_arrays_are_MINIX108_and_host_files_are_left_alone()
    {
        var test = new MinixAnalyzerTest<DispatchAnalyzer>("""
            static class Screen
            {
                public static int Cells()
                {
                    var grid = {|#0:new byte[25, 80]|};
                    var flat = new byte[25 * 80];
                    var jagged = new byte[25][];
                    return grid.Length + flat.Length + jagged.Length;
                }
            }
            """);
        test.TestState.Sources.Add(("/0/Host/Screen.Host.cs", """
            interface IShow { void Show(); }

            static class ScreenHost
            {
                public static void Run(IShow show)
                {
                    show.Show();
                    _ = new int[2, 2];
                }
            }
            """));
        await test.Expect(new DiagnosticResult(Descriptors.MultiDimensionalArray).WithLocation(0).WithArguments("byte[*,*]")).RunAsync();
    }
}
