namespace Minix.Build.Pipeline;

/// <summary>One ILC run: image assemblies in, one ELF object out.</summary>
public sealed class IlcInvocation
{
    /// <summary>Creates an empty invocation; set its properties.</summary>
    public IlcInvocation()
    {
    }

    /// <summary>
    /// The usual run: what <see cref="ProjectImageCompiler.Compile"/> returned (the project's own image assembly
    /// first, the image assemblies it references after it) against Minix.Runtime, into <paramref name="outputObject"/>.
    /// </summary>
    /// <param name="assemblies">The project's image assembly, then its references.</param>
    /// <param name="outputObject">The object file to write.</param>
    /// <param name="optimize">Optimize.</param>
    /// <param name="instructionSet">See <see cref="InstructionSet"/>.</param>
    /// <param name="debugInfo">See <see cref="DebugInfo"/>.</param>
    /// <param name="nativeLibrary">See <see cref="NativeLibrary"/>.</param>
    /// <returns>The invocation.</returns>
    public static IlcInvocation ForProject(IReadOnlyList<string> assemblies, string outputObject, bool optimize, string? instructionSet = null, bool debugInfo = true, bool nativeLibrary = true) => new()
    {
        NativeLibrary = nativeLibrary,
        Inputs = new[] { assemblies[0] },
        References = assemblies.Skip(1).ToList(),
        RuntimeAssembly = ProjectImageCompiler.RuntimeAssembly,
        OutputObject = outputObject,
        Optimize = optimize,
        InstructionSet = instructionSet,
        DebugInfo = debugInfo,
    };

    /// <summary>Assemblies whose [UnmanagedCallersOnly] exports are roots (the image's entry points).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>Other image assemblies code may reach (compiled only as far as reached).</summary>
    public IReadOnlyList<string> References { get; init; } = Array.Empty<string>();

    /// <summary>Minix.Runtime.dll.</summary>
    public required string RuntimeAssembly { get; init; }

    /// <summary>The object file to write.</summary>
    public required string OutputObject { get; init; }

    /// <summary>Optimize (-O, which also preinitializes static constructors at compile time).</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>ILC's --instruction-set (e.g. "x86-64-v2" for popcnt and SSE4.2), or null for ILC's portable default.
    /// The kernel must only use what the CPU it boots on has, and enable it (SSE in CR0/CR4) first.</summary>
    public string? InstructionSet { get; init; }

    /// <summary>Emit DWARF line information (-g).</summary>
    public bool DebugInfo { get; init; } = true;

    /// <summary>
    /// A library (ILC's --nativelib: the roots are the inputs' exports) or, when false, a program: the first input's
    /// entry point becomes <c>__managed__Main</c>, and the inputs' exports are rooted by name.
    /// </summary>
    public bool NativeLibrary { get; init; } = true;
}
