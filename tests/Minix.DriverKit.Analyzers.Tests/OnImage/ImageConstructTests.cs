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
}
