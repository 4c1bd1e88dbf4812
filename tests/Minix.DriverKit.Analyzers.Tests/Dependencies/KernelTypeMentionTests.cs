using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// MINIX001 for every place code names a kernel type, not only fields, properties and parameters: the rule page
/// promises that the warning goes only when the driver no longer mentions the kernel's types at all.
/// </summary>
public class KernelTypeMentionTests
{
    private static DiagnosticResult Process(int marker) =>
        new DiagnosticResult(Descriptors.KernelSymbol).WithLocation(marker).WithArguments(
            "Process", "A (driver uses a kernel symbol)", "9 kernel information", KernelInternalCatalog.ProcessInformation);

    [Fact]
    public async Task Kernel_types_named_in_a_method_body_are_category_A()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Minix.Kernel.Core;

            static class Spy
            {
                public static int Look(object o)
                {
                    {|#0:Process|} found = null!;
                    Type t = {|#1:typeof(Process)|};
                    var cast = {|#2:(Process)o|};
                    var none = {|#3:default(Process)|};
                    if ({|#4:o is Process|}) { }
                    if (o is {|#5:Process|} p) { }
                    var list = {|#6:new List<Process>()|};
                    int Count({|#7:Process|} q) => 0;
                    {|#10:Func<Process, int>|} f = ({|#8:Process|} r) => 0;
                    return o switch { {|#9:Process|} => 1, _ => 0 };
                }
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source)
            .Expect(Enumerable.Range(0, 11).Select(Process).ToArray())
            .RunAsync();
    }

    [Fact]
    public async Task Kernel_types_in_events_delegates_indexers_and_operators_are_category_A()
    {
        const string source = """
            using System;
            using Minix.Kernel.Core;

            delegate void {|#0:Visitor|}(Process p);

            sealed class Spy
            {
                public event Action<Process>? {|#1:Changed|};
                public int {|#2:this|}[Process p] => 0;
                public static explicit operator {|#3:Process|}(Spy s) => null!;
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source)
            .Expect(Process(0), Process(1), Process(2), Process(3))
            .RunAsync();
    }

    [Fact]
    public async Task Var_untyped_lambdas_and_nameof_name_no_kernel_type()
    {
        const string source = """
            using System;
            using Minix.Kernel.Core;

            static class Spy
            {
                public static string Name(Func<int, int> f)
                {
                    var x = 1;
                    Func<int, int> g = y => y + x;
                    return nameof(KernelLog) + nameof(Process);
                }
            }
            """;
        await new MinixAnalyzerTest<KernelSymbolAnalyzer>(source).RunAsync();
    }
}
