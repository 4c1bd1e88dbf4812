using Microsoft.CodeAnalysis.Testing;

namespace Minix.DriverKit.Analyzers.Tests;

public class SystemConfTests
{
    private const string BadPortSource = """
        using Minix.DriverKit;

        static class Printer
        {
            public static void Run() => DevIo.OutByte(0x80, 1);
        }
        """;

    private const string Malformed = """
        service printer
        {
            io      378:3;
            colour  blue;
            system  DEVIO BOGUS;
        };
        """;

    [Fact]
    public async Task A_malformed_file_gives_one_diagnostic_at_file_line_column()
    {
        await new MinixAnalyzerTest<SystemConfAnalyzer>("static class Printer { }")
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(Malformed)
            .Expect(new DiagnosticResult(Descriptors.SystemConfUnreadable).WithSpan("system.conf", 4, 5, 4, 11).WithArguments(
                "system.conf:4:5", "unknown option 'colour' (known: io, irq, mem, system, ipc, control, uid, priority, quantum, period)"))
            .RunAsync();
    }

    [Fact]
    public async Task A_malformed_file_silences_the_cross_checks_instead_of_cascading()
    {
        await new MinixAnalyzerTest<PortRangeAnalyzer>(BadPortSource)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(Malformed)
            .RunAsync();
        await new MinixAnalyzerTest<KernelCallPrivilegeAnalyzer>(BadPortSource)
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(Malformed)
            .RunAsync();
    }

    [Theory]
    [InlineData("service printer {", 1, 17, "unterminated block")]
    [InlineData("service printer { io 378:3 };", 1, 27, "missing ';' after option 'io'")]
    [InlineData("service printer { io 379:2; };", 1, 22, "misaligned")]
    [InlineData("service 9printer { irq 99; };", 1, 24, "out of range")]
    [InlineData("", 0, 0, null)]
    public async Task Every_kind_of_mistake_is_one_diagnostic(string text, int line, int column, string? problem)
    {
        var test = new MinixAnalyzerTest<SystemConfAnalyzer>("static class Printer { }")
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf(text);
        if (problem == null)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.NoServiceEntry).WithSpan("system.conf", 1, 1, 1, 1).WithArguments("system.conf", "printer", "none"));
        }
        else
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.SystemConfUnreadable).WithLocation("system.conf", line, column).WithMessage(null));
        }

        await test.RunAsync();
    }

    [Fact]
    public async Task A_file_without_the_services_entry_says_so_once()
    {
        await new MinixAnalyzerTest<SystemConfAnalyzer>("static class Printer { }")
            .WithSystemConf("service tty { io 60:4; };\nservice rtl8139 { irq 11; };\n")
            .Expect(new DiagnosticResult(Descriptors.NoServiceEntry).WithSpan("system.conf", 1, 1, 1, 1).WithArguments("system.conf", "testproject", "tty, rtl8139"))
            .RunAsync();
    }

    [Fact]
    public async Task A_good_file_with_the_entry_is_silent()
    {
        await new MinixAnalyzerTest<SystemConfAnalyzer>("static class Printer { }")
            .WithProperties(("MinixServiceName", "printer"))
            .WithSystemConf("service printer { io 378:3; irq 7; };")
            .RunAsync();
    }
}
