using System.Globalization;
using System.Text;

namespace Minix.Build.Pipeline;

/// <summary>
/// Writes the C# start-up of a linux-run executable: it exports the runtime's target functions (fault hook,
/// debug write) over raw system calls, turns SIGSEGV/SIGFPE/SIGBUS into faults, parses integer arguments, calls
/// the method and prints the result as a decimal line. With <c>--batch</c> it reads "index arg..." lines from
/// standard input and prints one result line per case, so one process runs many cases.
/// </summary>
public static class RunHostGenerator
{
    /// <summary>Generates the host for <paramref name="methods"/> (method 0 is what a plain run calls).</summary>
    /// <param name="methods">The callable methods.</param>
    /// <param name="heapLimit">The most heap the process may have.</param>
    /// <param name="growableHeap">Whether the heap starts small and grows to the limit (a program).</param>
    /// <returns>C# source.</returns>
    public static string Generate(IReadOnlyList<RunnableMethod> methods, ulong heapLimit, bool growableHeap)
    {
        return Generate(methods, RunHostSupport.Generate(heapLimit, growableHeap));
    }

    /// <summary>Generates the host of a program run: the target's side of the runtime contract and the program ABI,
    /// with no methods of its own (the program's Main is the entry).</summary>
    /// <param name="heapLimit">The most heap the process may have.</param>
    /// <returns>C# source.</returns>
    public static string GenerateProgram(ulong heapLimit) => Generate(Array.Empty<RunnableMethod>(), RunHostSupport.Generate(heapLimit, true));

    private static string Generate(IReadOnlyList<RunnableMethod> methods, string support)
    {
        var s = new StringBuilder();
        s.Append("    private static int Invoke(int index, int count, byte** args, bool batch)\n    {\n        switch (index)\n        {\n");
        for (int i = 0; i < methods.Count; i++)
            AppendCase(s, i, methods[i]);
        s.Append("            default:\n                return Usage(\"no such method index\"u8);\n        }\n    }\n");
        return Template.Replace(InvokeMarker, s.ToString(), StringComparison.Ordinal).Replace(KindNameMarker, KindNameFunction(), StringComparison.Ordinal) + support;
    }

    private static void AppendCase(StringBuilder s, int index, RunnableMethod method)
    {
        s.Append(CultureInfo.InvariantCulture, $"            case {index}:\n            {{\n");
        string signature = $"{method.FullName}({string.Join(", ", method.Parameters.Select(RunnableMethod.Keyword))})";
        s.Append(CultureInfo.InvariantCulture, $"                if (count != {method.Parameters.Count})\n                    return Usage(\"{signature} takes {method.Parameters.Count} argument(s)\"u8);\n");
        var names = new List<string>();
        for (int p = 0; p < method.Parameters.Count; p++)
        {
            var type = method.Parameters[p];
            string name = $"a{p}";
            names.Add(name);
            s.Append(CultureInfo.InvariantCulture, $"                if (!TryParse(args[{p}], out long v{p}) || !Fits(v{p}, {Range(type)}))\n                    return Usage(\"argument {p} of {signature} is not a valid {RunnableMethod.Keyword(type)}\"u8);\n");
            s.Append(CultureInfo.InvariantCulture, $"                {RunnableMethod.Keyword(type)} {name} = {Convert(type, $"v{p}")};\n");
        }

        string call = $"global::{method.TypeName}.{method.Name}({string.Join(", ", names)})";
        if (method.ReturnType == IntegerType.Void)
        {
            s.Append(CultureInfo.InvariantCulture, $"                {call};\n                if (batch)\n                    Print(\"void\\n\"u8);\n");
        }
        else
        {
            s.Append(CultureInfo.InvariantCulture, $"                var result = {call};\n");
            s.Append(method.ReturnType switch
            {
                IntegerType.Boolean => "                PrintSigned(result ? 1 : 0);\n",
                IntegerType.UInt64 or IntegerType.UIntPtr => "                PrintUnsigned((ulong)result);\n",
                _ => "                PrintSigned((long)result);\n",
            });
        }

        s.Append("                return 0;\n            }\n");
    }

    private static string Range(IntegerType type) => type switch
    {
        IntegerType.Boolean => "0, 1",
        IntegerType.Char or IntegerType.UInt16 => "0, 65535",
        IntegerType.SByte => "-128, 127",
        IntegerType.Byte => "0, 255",
        IntegerType.Int16 => "-32768, 32767",
        IntegerType.Int32 => "-2147483648, 2147483647",
        IntegerType.UInt32 => "0, 4294967295",
        _ => "long.MinValue, long.MaxValue",
    };

    private static string Convert(IntegerType type, string value) => type switch
    {
        IntegerType.Boolean => $"{value} != 0",
        _ => $"unchecked(({RunnableMethod.Keyword(type)}){value})",
    };

    /// <summary>The host's fixed part, with a marker line where each generated part goes (RunHost.cs.template, embedded).</summary>
    private static string Template { get; } = ReadTemplate();

    private const string InvokeMarker = "    // minix: Invoke(index, count, args, batch), one case per method\n";
    private const string KindNameMarker = "    // minix: KindName(kind), the fault kinds by name\n";

    private static string ReadTemplate()
    {
        using Stream stream = typeof(RunHostGenerator).Assembly.GetManifestResourceStream("Minix.Build.RunHost.cs.template")
            ?? throw new InvalidOperationException("Minix.Build.dll lacks its embedded RunHost.cs.template");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static string KindNameFunction()
    {
        var s = new StringBuilder("    private static global::System.ReadOnlySpan<byte> KindName(int kind)\n    {\n        switch (kind)\n        {\n");
        for (int i = 1; i < FaultKindNames.ByNumber.Count; i++)
            s.Append(CultureInfo.InvariantCulture, $"            case {i}: return \"{FaultKindNames.ByNumber[i]}\"u8;\n");
        s.Append("            default: return \"Unknown\"u8;\n        }\n    }\n");
        return s.ToString();
    }
}
