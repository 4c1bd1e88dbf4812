using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>MINIX101/MINIX103 for framework types named as type arguments of the project's own types and in patterns.</summary>
public class ImageTypeMentionTests
{
    [Fact]
    public async Task A_framework_type_given_to_an_own_generic_type_is_checked()
    {
        const string source = """
            sealed class Box<T>
            {
                public static int Count;
                public static void Clear() { }
            }

            static class Printer
            {
                public static void Run(Box<int> mine)
                {
                    var box = {|#0:new Box<System.Random>()|};
                    Box<System.Threading.Thread>.{|#1:Clear|}();
                    int n = Box<System.Threading.Thread>.{|#2:Count|};
                    var fine = new Box<int>();
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(0).WithArguments("System.Random"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(1).WithArguments("System.Threading.Thread"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(2).WithArguments("System.Threading.Thread"))
            .RunAsync();
    }

    [Fact]
    public async Task Types_in_patterns_and_default_are_checked()
    {
        const string source = """
            static class Printer
            {
                public static int Run(object o)
                {
                    if (o is {|#0:System.Threading.Thread|} thread) { }
                    var none = {|#1:default(System.Random)|};
                    return o switch
                    {
                        {|#2:System.Threading.Thread|} => 1,
                        {|#3:System.Random|} { } => 2,
                        _ => 0,
                    };
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.Threading).WithLocation(0).WithArguments("System.Threading.Thread"),
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(1).WithArguments("System.Random"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(2).WithArguments("System.Threading.Thread"),
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(3).WithArguments("System.Random"))
            .RunAsync();
    }
}
