using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>MINIX105: which creations in a message loop allocate on every pass.</summary>
public class LoopAllocationKindsTests
{
    [Fact]
    public async Task New_of_a_type_parameter_that_is_a_class_allocates()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                public static void Run<TRequest, TValue>()
                    where TRequest : class, new()
                    where TValue : struct
                {
                    var message = new Message(0);
                    while (true)
                    {
                        Messaging.Receive(Endpoint.Any, ref message, out _);
                        var request = {|#0:new TRequest()|};
                        var value = new TValue();
                    }
                }
            }
            """;
        await new MinixAnalyzerTest<LoopAllocationAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.LoopAllocation).WithLocation(0).WithArguments("new TRequest"))
            .RunAsync();
    }

    [Fact]
    public async Task The_exception_a_throw_makes_is_not_a_per_message_allocation()
    {
        const string source = """
            using System;
            using Minix.Ipc;

            static class Printer
            {
                public static void Run(object state)
                {
                    var message = new Message(0);
                    while (true)
                    {
                        Messaging.Receive(Endpoint.Any, ref message, out _);
                        if (message.Type < 0)
                            throw new InvalidOperationException("bad request");
                        object current = state ?? throw new ArgumentNullException(nameof(state));
                    }
                }
            }
            """;
        await new MinixAnalyzerTest<LoopAllocationAnalyzer>(source).RunAsync();
    }
}
