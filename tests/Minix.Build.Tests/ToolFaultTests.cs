using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>
/// <c>minix run</c> on methods that fault, as a user of the tool sees it: the fault exit code, nothing on standard
/// output, and on standard error the fault's kind on the first line, then the C# method and source line where it
/// happened (the executable's raw address trace replaced by frames).
/// </summary>
[Trait("Needs", "ilc")]
[Collection(CorpusCollection.Name)]
public sealed class ToolFaultTests
{
    private const string Type = "Minix.Build.FaultSamples.FaultingMethods";

    [Theory]
    [InlineData("NullDereference", "0", "NullReference", "ReadValue", false)]
    [InlineData("NullDereference", "0", "NullReference", "ReadValue", true)]
    [InlineData("IndexOutOfRange", "4", "IndexOutOfRange", "ReadAt", false)]
    [InlineData("DivisionByZero", "7 0", "DivideByZero", "Divide", false)]
    [InlineData("ExplicitThrow", "-1", "InvalidOperation", "Check", false)]
    [InlineData("ExplicitThrow", "-1", "InvalidOperation", "Check", true)]
    [InlineData("IndexOutOfRange", "4", "IndexOutOfRange", "ReadAt", true)]
    [InlineData("OutOfMemory", "1024", "OutOfMemory", "Allocate", true)]
    public void RunNamesTheFaultTheMethodAndTheLine(string method, string args, string kind, string faultingMethod, bool debug)
    {
        var run = Run(method, args, debug);

        Assert.Equal(FaultKindNames.FaultExitCode, run.Exit);
        Assert.Equal("", run.Output);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"fault: {kind}", lines[0], StringComparison.Ordinal);
        Assert.Equal($"  at {Type}.{faultingMethod} (FaultingMethods.cs:{MarkedLine(kind)})", lines[1]);
        Assert.DoesNotContain(lines, l => FaultTrace.IsTraceLine(l));
    }

    /// <summary>
    /// Optimized, the line is as good as ILC's line table: it gives the whole of <c>Allocate</c> after the prologue
    /// to its return statement, so the frame names the method and the line after the allocation.
    /// </summary>
    [Fact]
    public void OptimizedOutOfMemoryNamesTheMethod()
    {
        var run = Run("OutOfMemory", "1024", false);

        Assert.Equal(FaultKindNames.FaultExitCode, run.Exit);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("fault: OutOfMemory", lines[0], StringComparison.Ordinal);
        int marked = MarkedLine("OutOfMemory");
        Assert.Contains(lines[1], new[] { $"  at {Type}.Allocate (FaultingMethods.cs:{marked})", $"  at {Type}.Allocate (FaultingMethods.cs:{marked + 1})" });
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void StackOverflowIsNamedWithTheRecursiveMethod(bool debug)
    {
        var run = Run("StackOverflow", "0", debug);

        Assert.Equal(FaultKindNames.FaultExitCode, run.Exit);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("fault: StackOverflow", lines[0], StringComparison.Ordinal);
        // The innermost frame faults wherever the stack ran out (prologue, stackalloc or call); the frames below
        // it are the recursive call, folded into one line with a count.
        Assert.StartsWith($"  at {Type}.Recurse (FaultingMethods.cs:", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l == $"  at {Type}.Recurse (FaultingMethods.cs:{MarkedLine("StackOverflow")})" || l.StartsWith($"  at {Type}.Recurse (FaultingMethods.cs:{MarkedLine("StackOverflow")}) (and ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(" more times)", StringComparison.Ordinal));
    }

    [Fact]
    public void ARunThatDoesNotFaultPrintsNoTrace()
    {
        var run = Run("ExplicitThrow", "5", false);

        Assert.Equal(0, run.Exit);
        Assert.Equal("5", run.Output.Trim());
        Assert.Equal("", run.Error);
    }

    private static (int Exit, string Output, string Error) Run(string method, string args, bool debug)
    {
        var arguments = new List<string> { "run" };
        if (debug)
            arguments.Add("--debug");
        arguments.Add(RepoPaths.FaultSamplesProject);
        arguments.Add($"{Type}.{method}");
        arguments.AddRange(args.Split(' '));
        return ToolTests.Minix(arguments.ToArray());
    }

    /// <summary>The line of FaultingMethods.cs marked <c>// faults here: kind</c>.</summary>
    private static int MarkedLine(string kind)
    {
        string source = Path.Combine(Path.GetDirectoryName(RepoPaths.FaultSamplesProject)!, "FaultingMethods.cs");
        string[] lines = File.ReadAllLines(source);
        int index = Array.FindIndex(lines, l => l.EndsWith("// faults here: " + kind, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line marked for {kind}");
        return index + 1;
    }
}
