using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>MINIX107 through receivers whose run-time class is only known at run time.</summary>
public class GenericVirtualReceiverTests
{
    [Fact]
    public async Task A_type_parameter_constrained_to_a_class_is_MINIX107_like_the_class_itself()
    {
        const string source = """
            abstract class Codec
            {
                public abstract T Decode<T>() where T : unmanaged;
                public virtual int Plain() => 0;
            }

            static class Use
            {
                public static int First<TCodec>(TCodec codec) where TCodec : Codec => {|#0:codec.Decode<int>()|} + codec.Plain();
            }
            """;
        await new MinixAnalyzerTest<DispatchAnalyzer>(source)
            .Expect(new DiagnosticResult(Descriptors.GenericVirtualCall).WithLocation(0).WithArguments("Decode", "TCodec"))
            .RunAsync();
    }
}
