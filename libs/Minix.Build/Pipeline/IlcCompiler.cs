using System.Text.RegularExpressions;

namespace Minix.Build.Pipeline;

/// <summary>Runs the pinned ILC: freestanding x86-64 ELF (linux target = SysV ABI and ELF objects, whatever the
/// image's real environment) against Minix.Runtime as the system module.</summary>
public static class IlcCompiler
{
    /// <summary>The arguments for an invocation, one per line as ILC's response files expect.</summary>
    /// <param name="invocation">The invocation.</param>
    /// <returns>The arguments.</returns>
    public static IReadOnlyList<string> Arguments(IlcInvocation invocation)
    {
        var args = new List<string>();
        args.AddRange(invocation.Inputs);
        args.Add($"-r:{invocation.RuntimeAssembly}");
        args.AddRange(invocation.References.Select(r => $"-r:{r}"));
        args.Add($"-o:{invocation.OutputObject}");
        args.Add("--systemmodule:Minix.Runtime");
        // Roots Minix.Runtime's [RuntimeExport] helpers (allocation, casts, start-up) whether or not code calls them.
        args.Add("--generateunmanagedentrypoints:Minix.Runtime");
        args.Add("--targetos:linux");
        args.Add("--targetarch:x64");
        if (invocation.NativeLibrary)
            args.Add("--nativelib");
        else
            args.AddRange(invocation.Inputs.Select(i => "--generateunmanagedentrypoints:" + Path.GetFileNameWithoutExtension(i)));
        if (invocation.Optimize)
            args.Add("-O");
        if (invocation.InstructionSet is not null)
            args.Add($"--instruction-set:{invocation.InstructionSet}");
        if (invocation.DebugInfo)
            args.Add("-g");
        return args;
    }

    /// <summary>Compiles; ILC's diagnostics become the exception message on failure.</summary>
    /// <param name="toolchain">The checked ILC.</param>
    /// <param name="invocation">What to compile.</param>
    /// <exception cref="ToolchainException">ILC failed.</exception>
    public static void Compile(IlcToolchain toolchain, IlcInvocation invocation)
    {
        string responseFile = invocation.OutputObject + ".ilc.rsp";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(invocation.OutputObject))!);
        File.WriteAllLines(responseFile, Arguments(invocation));
        var result = ProcessRunner.Run(toolchain.IlcPath, new[] { "@" + responseFile });
        if (result.ExitCode != 0 || !File.Exists(invocation.OutputObject))
        {
            string output = result.Output + result.Error;
            throw new ToolchainException("ilc", (Explain(output) ?? "") + $"ILC failed (exit {result.ExitCode}) compiling {string.Join(", ", invocation.Inputs.Select(Path.GetFileName))}:\n{output}".TrimEnd());
        }
    }

    /// <summary>
    /// Whether <paramref name="invocation"/>'s object is up to date: it exists, was made with the same arguments (its
    /// response file says so), and is newer than every assembly it was made from.
    /// </summary>
    /// <param name="invocation">The invocation.</param>
    /// <returns>True if running ILC again would make the same object.</returns>
    public static bool IsUpToDate(IlcInvocation invocation)
    {
        string responseFile = invocation.OutputObject + ".ilc.rsp";
        if (!File.Exists(invocation.OutputObject) || !File.Exists(responseFile))
            return false;
        if (!File.ReadAllLines(responseFile).SequenceEqual(Arguments(invocation)))
            return false;
        DateTime made = File.GetLastWriteTimeUtc(invocation.OutputObject);
        return invocation.Inputs.Concat(invocation.References).Append(invocation.RuntimeAssembly)
            .All(input => File.Exists(input) && File.GetLastWriteTimeUtc(input) <= made);
    }

    /// <summary>
    /// Compiles unless the object is up to date (<see cref="IsUpToDate"/>) or another image's build already made it
    /// from the same inputs (kept beside the project's image assembly, which is then copied).
    /// </summary>
    /// <param name="toolchain">The checked ILC.</param>
    /// <param name="invocation">What to compile.</param>
    /// <returns>True if ILC ran.</returns>
    /// <exception cref="ToolchainException">ILC failed.</exception>
    public static bool CompileIfChanged(IlcToolchain toolchain, IlcInvocation invocation)
    {
        if (IsUpToDate(invocation))
            return false;
        string? cached = IlcObjectCache.PathFor(toolchain, invocation);
        if (cached is not null && IlcObjectCache.TryTake(cached, invocation.OutputObject))
        {
            File.WriteAllLines(invocation.OutputObject + ".ilc.rsp", Arguments(invocation));
            return false;
        }

        Compile(toolchain, invocation);
        if (cached is not null)
            IlcObjectCache.Keep(invocation.OutputObject, cached);
        return true;
    }

    // Turns ILC's "Expected type/method X not found" into the C# method and feature at fault.
    private static string? Explain(string output)
    {
        var missing = Regex.Match(output, "Expected (?:type|method|field) '(?<member>[^']+)' not found(?: on type '(?:\\[[^\\]]+\\])?(?<type>[^']+)')?");
        if (!missing.Success)
            return null;
        string member = missing.Groups["member"].Value;
        string type = missing.Groups["type"].Value;
        CompilerRequirement? requirement = ImageRules.Requirement(member) ?? (type.Length > 0 ? ImageRules.Requirement(type) : null);
        string? feature = requirement?.Feature;
        var method = Regex.Match(output, "Code generation failed for method '(?<method>[^']+)'");
        string where = method.Success ? $"{method.Groups["method"].Value} uses " : "the image uses ";
        string what = type.Length > 0 ? $"{type}.{member}" : member;
        // The rule the data names for the feature, else the one for a named framework API.
        string? rule = requirement?.Rule
            ?? (what.StartsWith("System.", StringComparison.Ordinal) ? ImageRuleNote.ForApi(what) : null);
        string note = rule is null ? "" : ImageRuleNote.Format(rule);
        return feature is null
            ? $"error MINIXILC: {where}a feature whose runtime support ({what}) Minix.Runtime does not provide.{note}\n"
            : $"error MINIXILC: {where}{feature}, which the image runtime does not support ({what} is not in Minix.Runtime).{note}\n";
    }
}
