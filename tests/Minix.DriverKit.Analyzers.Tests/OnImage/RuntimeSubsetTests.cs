using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// Programs have the whole runtime (catchable exceptions, interface dispatch, generic virtual methods,
/// multi-dimensional arrays, a collector): the system-subset rules are off for an executable or with
/// MinixRuntimeSubset=program, stay on with MinixRuntimeSubset=system, and MINIX105 is off for a server that opted
/// in to the collector.
/// </summary>
public class RuntimeSubsetTests
{
    private const string ProgramCode = """
        using System;

        interface IShape { int Area(); }

        sealed class Square : IShape { public int Area() => 4; }

        abstract class Visitor { public abstract T Visit<T>(T value); }

        static class Program
        {
            public static int Main(string[] args)
            {
                try
                {
                    IShape shape = new Square();
                    var grid = new int[2, 2];
                    return shape.Area() + grid.Length;
                }
                catch (InvalidOperationException)
                {
                    return 2;
                }
            }

            public static int Visit(Visitor visitor) => visitor.Visit(1);
        }
        """;

    [Fact]
    public async Task An_executable_is_a_program_and_the_catch_rule_is_off()
    {
        await new MinixAnalyzerTest<CatchClauseAnalyzer>(ProgramCode).AsExecutable().RunAsync();
    }

    [Fact]
    public async Task An_executable_is_a_program_and_the_dispatch_rules_are_off()
    {
        await new MinixAnalyzerTest<DispatchAnalyzer>(ProgramCode).AsExecutable().RunAsync();
    }

    [Fact]
    public async Task A_library_that_says_program_is_one()
    {
        await new MinixAnalyzerTest<CatchClauseAnalyzer>(ProgramCode).WithProperties(("MinixRuntimeSubset", "program")).RunAsync();
        await new MinixAnalyzerTest<DispatchAnalyzer>(ProgramCode).WithProperties(("MinixRuntimeSubset", "program")).RunAsync();
    }

    [Fact]
    public async Task An_executable_that_says_system_keeps_the_subset()
    {
        const string source = """
            static class Program
            {
                public static int Main()
                {
                    try { return 1; }
                    {|#0:catch|} { return 2; }
                }
            }
            """;
        await new MinixAnalyzerTest<CatchClauseAnalyzer>(source).AsExecutable().WithProperties(("MinixRuntimeSubset", "system"))
            .Expect(new DiagnosticResult(Descriptors.CatchNeverRuns).WithLocation(0))
            .RunAsync();
    }

    [Fact]
    public async Task A_server_that_opted_in_to_the_collector_may_allocate_in_its_loop()
    {
        const string source = """
            using Minix.Ipc;

            static class Server
            {
                public static void Run()
                {
                    var message = new Message(0);
                    while (true)
                    {
                        Messaging.Receive(Endpoint.Any, ref message, out IpcStatus status);
                        var reply = new byte[64];
                    }
                }
            }
            """;
        await new MinixAnalyzerTest<LoopAllocationAnalyzer>(source).WithProperties(("MinixGarbageCollection", "true")).RunAsync();
    }
}
