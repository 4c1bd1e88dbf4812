using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class ImageApiTests
{
    [Fact]
    public async Task Apis_the_image_runtime_lacks_are_reported()
    {
        const string source = """
            using System;
            using System.Collections.Generic;

            static class Printer
            {
                public static int Run(string text)
                {
                    Console.WriteLine(text);
                    var list = new List<int>();
                    var when = DateTime.{|#0:Now|};
                    var dice = {|#1:new Random()|};
                    Console.{|#2:ReadKey|}();
                    return int.Parse(text);
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(0).WithArguments("System.DateTime.Now"),
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(1).WithArguments("System.Random.Random()"))
            .Expect(new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(2).WithArguments("System.Console.ReadKey()"))
            .RunAsync();
    }

    [Fact]
    public async Task Primitives_spans_strings_math_and_exceptions_are_in_the_image()
    {
        const string source = """
            using System;
            using System.Runtime.InteropServices;

            [StructLayout(LayoutKind.Sequential)]
            struct Pair : IEquatable<Pair>
            {
                public int A;
                public bool Equals(Pair other) => A == other.A;
            }

            static class Printer
            {
                public static int Run(ReadOnlySpan<byte> text, string name, int? maybe)
                {
                    Span<byte> buffer = stackalloc byte[16];
                    text.Slice(0, Math.Min(text.Length, buffer.Length)).CopyTo(buffer);
                    if (name.Length == 0 || string.IsNullOrEmpty(name))
                        throw new ArgumentException("empty", nameof(name));
                    ulong big = ulong.MaxValue;
                    return buffer[0] + (int)(big & 1) + name.GetHashCode() + maybe.GetValueOrDefault() + name.ToString().Length;
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source).RunAsync();
    }

    [Fact]
    public async Task Declared_types_and_attributes_are_checked_and_interpolation_is_in_the_image()
    {
        const string source = """
            using System;

            [{|#0:Serializable|}]
            class Printer
            {
                {|#1:Random|} _dice;

                public string Show(int n) => $"n = {n}"; // the image runtime has the interpolation handler
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(0).WithArguments("System.SerializableAttribute.SerializableAttribute()"),
                new DiagnosticResult(Descriptors.MissingImageApi).WithLocation(1).WithArguments("System.Random"))
            .RunAsync();
    }

    [Fact]
    public async Task Threads_tasks_and_thread_types_are_MINIX103()
    {
        const string source = """
            using System.Threading;
            using System.Threading.Tasks;

            static class Printer
            {
                public static void Run()
                {
                    {|#0:Thread|} worker = {|#1:new Thread(() => { })|};
                    Task.{|#2:Run|}(() => { });
                    Thread.{|#3:Sleep|}(10);
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.Threading).WithLocation(0).WithArguments("System.Threading.Thread"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(1).WithArguments("System.Threading.Thread.Thread(System.Threading.ThreadStart)"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(2).WithArguments("System.Threading.Tasks.Task.Run(System.Action)"),
                new DiagnosticResult(Descriptors.Threading).WithLocation(3).WithArguments("System.Threading.Thread.Sleep(int)"))
            .RunAsync();
    }

    [Fact]
    public async Task Reflection_is_MINIX104()
    {
        const string source = """
            using System;

            static class Printer
            {
                public static object? Make(string name)
                {
                    Type? type = Type.{|#0:GetType|}(name);
                    var method = typeof(Printer).{|#1:GetMethod|}("Make");
                    return Activator.{|#2:CreateInstance|}(type!);
                }
            }
            """;
        await new MinixAnalyzerTest<ImageApiAnalyzer>(source)
            .Expect(
                new DiagnosticResult(Descriptors.Reflection).WithLocation(0).WithArguments("System.Type.GetType(string)"),
                new DiagnosticResult(Descriptors.Reflection).WithLocation(1).WithArguments("System.Type.GetMethod(string)"),
                new DiagnosticResult(Descriptors.Reflection).WithLocation(2).WithArguments("System.Activator.CreateInstance(System.Type)"))
            .RunAsync();
    }

    [Fact]
    public async Task Host_only_files_are_not_checked()
    {
        var test = new MinixAnalyzerTest<ImageApiAnalyzer>("static class Printer { }");
        test.TestState.Sources.Add(("/0/Host/Printer.Text.cs", """
            static class PrinterText
            {
                public static void Show(int n) => System.Console.WriteLine(n);
            }
            """));
        await test.RunAsync();
    }
}
