using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class DriverCallTests
{
    [Fact]
    public async Task Calling_into_an_assembly_marked_as_a_driver_is_category_B()
    {
        const string source = """
            static class Printer
            {
                public static void Print() => {|#0:Tty.Console.Put('x')|};
            }
            """;
        var test = new MinixAnalyzerTest<DriverCallAnalyzer>(source);
        test.TestState.AdditionalProjects["Tty"].AdditionalReferences.AddRange(TestReferences.Net100References.Concat(TestReferences.Minix));
        test.TestState.AdditionalProjects["Tty"].Sources.Add("""
            [assembly: Minix.DriverKit.Driver("tty")]

            namespace Tty
            {
                public static class Console
                {
                    public static void Put(char c) { }
                }
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("Tty");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.DriverCall).WithLocation(0).WithArguments(
            "Console.Put(char)",
            "tty",
            "B (one driver calls another)",
            "0 message passing",
            DriverCallAnalyzer.Replacement));
        await test.RunAsync();
    }

    [Fact]
    public async Task Calling_a_member_of_another_assemblys_driver_class_is_category_B()
    {
        const string source = """
            static class Printer
            {
                public static void Start(Disk.AtWini disk) => {|#0:disk.Run()|};
            }
            """;
        var test = new MinixAnalyzerTest<DriverCallAnalyzer>(source);
        test.TestState.AdditionalProjects["Disk"].AdditionalReferences.AddRange(TestReferences.Net100References.Concat(TestReferences.Minix));
        test.TestState.AdditionalProjects["Disk"].Sources.Add("""
            namespace Disk
            {
                public abstract class AtWini : Minix.DriverKit.CharacterDriver { }
            }
            """);
        test.TestState.AdditionalProjectReferences.Add("Disk");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.DriverCall).WithLocation(0).WithArguments(
            "Service.Run()",
            "disk",
            "B (one driver calls another)",
            "0 message passing",
            DriverCallAnalyzer.Replacement));
        await test.RunAsync();
    }

    [Fact]
    public async Task Own_code_libraries_and_messages_are_fine()
    {
        const string source = """
            using Minix.Ipc;

            static class Printer
            {
                static void Helper() { }

                public static void Print()
                {
                    Helper();
                    var message = new Message(MessageType.TerminalBase);
                    Messaging.SendRec(Endpoint.Terminal, ref message);
                }
            }
            """;
        await new MinixAnalyzerTest<DriverCallAnalyzer>(source).RunAsync();
    }
}
