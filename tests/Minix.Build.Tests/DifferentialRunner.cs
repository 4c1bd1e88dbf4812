using System.Globalization;
using System.Reflection;
using System.Text;
using Minix.Build.Pipeline;

namespace Minix.Build.Tests;

/// <summary>One call of a corpus method with fixed arguments.</summary>
/// <param name="MethodIndex">Index in the dispatcher.</param>
/// <param name="Method">The method.</param>
/// <param name="Arguments">The .NET arguments.</param>
internal sealed record DifferentialCase(int MethodIndex, MethodInfo Method, object[] Arguments)
{
    public string Line => string.Join(' ', Arguments.Select(IntegerTypes.Text).Prepend(MethodIndex.ToString(CultureInfo.InvariantCulture)));

    public override string ToString() => $"{Method.DeclaringType!.Name}.{Method.Name}({string.Join(", ", Arguments.Select(IntegerTypes.Text))})";
}

/// <summary>
/// Runs corpus cases under .NET (the reference) and in the linux-run image (batch mode, restarting after each
/// fault, since a fault ends an image process), and reports every disagreement.
/// </summary>
internal static class DifferentialRunner
{
    public static List<DifferentialCase> Cases(IReadOnlyList<MethodInfo> methods)
    {
        var cases = new List<DifferentialCase>();
        for (int i = 0; i < methods.Count; i++)
        {
            var parameters = methods[i].GetParameters();
            var edges = parameters.Select(p => IntegerTypes.Edges(p.ParameterType)).ToList();
            foreach (var args in Combine(edges))
                cases.Add(new DifferentialCase(i, methods[i], args));
        }

        return cases;
    }

    private static IEnumerable<object[]> Combine(List<IReadOnlyList<object>> edges)
    {
        switch (edges.Count)
        {
            case 0:
                yield return Array.Empty<object>();
                break;
            case 1:
                foreach (var a in edges[0])
                    yield return new[] { a };
                break;
            case 2:
                foreach (var a in edges[0].Take(7))
                {
                    foreach (var b in edges[1].Take(7))
                        yield return new[] { a, b };
                }

                break;
            default:
                for (int k = 0; k < 16; k++)
                    yield return edges.Select((e, p) => e[(k * (2 * p + 1) + p) % e.Count]).ToArray();
                break;
        }
    }

    /// <summary>The reference result: the decimal value, "void", or "fault:Kind".</summary>
    public static string Expected(DifferentialCase c)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return IntegerTypes.Result(c.Method.Invoke(null, c.Arguments));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return "fault:" + KindOf(e.InnerException);
        }
    }

    /// <summary>The image's results for all cases, in order.</summary>
    public static List<string> Actual(string executable, IReadOnlyList<DifferentialCase> cases)
    {
        var results = new List<string>(cases.Count);
        while (results.Count < cases.Count)
        {
            var input = new StringBuilder();
            for (int i = results.Count; i < cases.Count; i++)
                input.Append(cases[i].Line).Append('\n');
            var run = ProcessRunner.Run(executable, new[] { "--batch" }, input.ToString());
            var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            results.AddRange(lines.Take(cases.Count - results.Count));
            if (run.ExitCode == 0)
            {
                if (results.Count < cases.Count)
                    throw new InvalidOperationException($"image stopped after {results.Count} cases without a fault:\n{run.Error}");
                break;
            }

            if (results.Count >= cases.Count)
                break;
            results.Add(run.ExitCode == FaultKindNames.FaultExitCode ? "fault:" + ParseKind(run.Error) : $"exit:{run.ExitCode}:{run.Error.Trim()}");
        }

        return results;
    }

    private static string ParseKind(string stderr)
    {
        const string prefix = "fault: ";
        int at = stderr.LastIndexOf(prefix, StringComparison.Ordinal);
        if (at < 0)
            return "?" + stderr.Trim();
        string rest = stderr[(at + prefix.Length)..];
        int end = rest.IndexOfAny(new[] { ':', '\n' });
        return end < 0 ? rest.Trim() : rest[..end];
    }

    private static string KindOf(Exception e) => e switch
    {
        OverflowException => "Overflow",
        IndexOutOfRangeException => "IndexOutOfRange",
        DivideByZeroException => "DivideByZero",
        NullReferenceException => "NullReference",
        InvalidCastException => "InvalidCast",
        ArrayTypeMismatchException => "ArrayTypeMismatch",
        OutOfMemoryException => "OutOfMemory",
        ArgumentOutOfRangeException => "ArgumentOutOfRange",
        ArgumentNullException => "ArgumentNull",
        ArgumentException => "Argument",
        InvalidOperationException => "InvalidOperation",
        NotImplementedException => "NotImplemented",
        PlatformNotSupportedException => "PlatformNotSupported",
        NotSupportedException => "NotSupported",
        FormatException => "Format",
        ArithmeticException => "Arithmetic",
        _ => "Exception",
    };
}
