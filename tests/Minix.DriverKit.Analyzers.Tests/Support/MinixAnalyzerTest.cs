using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

/// <summary>
/// An analyzer test against .NET 10 and the toolkit's assemblies, unsafe code allowed, latest C#. The references are
/// the shared ones of <see cref="TestReferences"/>, so the tests' compilations share what Roslyn read of them.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
internal sealed class MinixAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public MinixAnalyzerTest(string source)
    {
        TestCode = source;
        ReferenceAssemblies = TestReferences.Net100;
        TestState.AdditionalReferences.AddRange(TestReferences.Net100References);
        TestState.AdditionalReferences.AddRange(TestReferences.Minix);
        TestBehaviors = OneCompilation;
    }

    /// <summary>
    /// Each test compiles its source once: the testing library would otherwise compile it twice more, once marked as
    /// generated code and once with every expected diagnostic suppressed by a pragma. What those passes prove holds
    /// for every rule at once (MinixAnalyzer turns generated-code analysis off for all of them), and
    /// GeneratedCodeTests checks it once.
    /// </summary>
    public const TestBehaviors OneCompilation = TestBehaviors.SkipGeneratedCodeCheck | TestBehaviors.SkipSuppressionCheck;

    /// <summary>Sets MSBuild properties the analyzer reads (MinixPlacement, MinixServiceName, ...).</summary>
    public MinixAnalyzerTest<TAnalyzer> WithProperties(params (string Name, string Value)[] properties)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", TestConfig.GlobalConfig(properties)));
        return this;
    }

    /// <summary>Adds a system.conf AdditionalFile.</summary>
    public MinixAnalyzerTest<TAnalyzer> WithSystemConf(string text)
    {
        TestState.AdditionalFiles.Add(("system.conf", text));
        return this;
    }

    public MinixAnalyzerTest<TAnalyzer> Expect(params DiagnosticResult[] expected)
    {
        ExpectedDiagnostics.AddRange(expected);
        return this;
    }

    /// <summary>Compiles the test code as an executable (a program) rather than a library.</summary>
    /// <remarks>The testing library applies the test state's output kind after <see cref="CreateCompilationOptions"/>, so
    /// that is where it is set.</remarks>
    public MinixAnalyzerTest<TAnalyzer> AsExecutable()
    {
        TestState.OutputKind = OutputKind.ConsoleApplication;
        return this;
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithAllowUnsafe(true);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
}

/// <summary>A code-fix test with the same setup as <see cref="MinixAnalyzerTest{TAnalyzer}"/>.</summary>
/// <typeparam name="TAnalyzer">The analyzer.</typeparam>
/// <typeparam name="TCodeFix">The fix.</typeparam>
internal sealed class MinixCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public MinixCodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        ReferenceAssemblies = TestReferences.Net100;
        TestState.AdditionalReferences.AddRange(TestReferences.Net100References);
        TestState.AdditionalReferences.AddRange(TestReferences.Minix);
        FixedState.AdditionalReferences.AddRange(TestReferences.Net100References);
        FixedState.AdditionalReferences.AddRange(TestReferences.Minix);
        TestBehaviors = MinixAnalyzerTest<TAnalyzer>.OneCompilation;
    }

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithAllowUnsafe(true);

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);
}

internal static class TestConfig
{
    public static string GlobalConfig(params (string Name, string Value)[] properties)
    {
        var text = new System.Text.StringBuilder("is_global = true\n");
        foreach ((string name, string value) in properties)
            text.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');
        return text.ToString();
    }
}
