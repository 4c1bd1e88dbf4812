using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Pipeline;

/// <summary>A linux-run executable built from a project: the file, its link result and the methods it can call.</summary>
/// <param name="ExecutablePath">The static ELF executable.</param>
/// <param name="Image">The linked image (segments and symbol map).</param>
/// <param name="Methods">Callable methods by index.</param>
/// <param name="ObjectPath">The ELF object ILC wrote (with DWARF line information).</param>
public sealed record RunnableImage(string ExecutablePath, LinkedImage Image, IReadOnlyList<RunnableMethod> Methods, string ObjectPath);

/// <summary>
/// The <c>minix run</c> path: image-compile a project, generate the host for the chosen methods, run ILC on the
/// result and link a static Linux executable with the linux-run target.
/// </summary>
public static class RunImageBuilder
{
    /// <summary>The heap limit of a <c>minix run</c> executable: 256 MiB (reserved up front, used as needed).</summary>
    public const ulong DefaultHeapSize = 256UL << 20;

    /// <summary>Builds an executable that can call <paramref name="methods"/>.</summary>
    /// <param name="project">The project.</param>
    /// <param name="methods">Qualified method names (Namespace.Type.Method).</param>
    /// <param name="optimize">Optimized C# and ILC.</param>
    /// <param name="workDirectory">Where intermediate files and the executable go.</param>
    /// <param name="ilcPath">An explicit ilc, or null for the pinned package.</param>
    /// <param name="features">What the runtime does: a program's (the default), or <see cref="RuntimeFeatures.None"/>
    /// to run the code as the kernel or a driver would (a throw ends the process).</param>
    /// <param name="heapLimit">The most heap the process may have.</param>
    /// <returns>The executable.</returns>
    /// <exception cref="ToolchainException">A compile or ILC failure.</exception>
    /// <exception cref="LinkException">A link failure.</exception>
    public static RunnableImage Build(string project, IReadOnlyList<string> methods, bool optimize, string workDirectory, string? ilcPath = null,
        RuntimeFeatures features = RuntimeFeatures.Program, ulong heapLimit = DefaultHeapSize)
    {
        var ilc = IlcToolchain.Locate(ilcPath);
        Directory.CreateDirectory(workDirectory);
        var plain = ProjectImageCompiler.Compile(project, optimize);
        var runnable = methods.Select(m => FindIn(plain, m)).ToList();
        return BuildWithHost(project, runnable, optimize, workDirectory, ilc, heapLimit, features);
    }

    /// <summary>Builds an executable for methods already resolved (the corpus dispatcher).</summary>
    /// <param name="project">The project.</param>
    /// <param name="methods">The methods.</param>
    /// <param name="optimize">Optimized C# and ILC.</param>
    /// <param name="workDirectory">Where intermediate files and the executable go.</param>
    /// <param name="ilc">The checked ILC.</param>
    /// <param name="heapSize">The executable's heap limit (reserved address space: pages cost nothing until used).</param>
    /// <param name="features">What the runtime does (a program's by default).</param>
    /// <returns>The executable.</returns>
    public static RunnableImage BuildWithHost(string project, IReadOnlyList<RunnableMethod> methods, bool optimize, string workDirectory, IlcToolchain ilc,
        ulong heapSize = DefaultHeapSize, RuntimeFeatures features = RuntimeFeatures.Program)
    {
        Directory.CreateDirectory(workDirectory);
        string hostSource = Path.Combine(workDirectory, "MinixRunHost.g.cs");
        string generated = RunHostGenerator.Generate(methods, heapSize, (features & RuntimeFeatures.GrowableHeap) != 0);
        if (!File.Exists(hostSource) || File.ReadAllText(hostSource) != generated)
            File.WriteAllText(hostSource, generated);
        var assemblies = ProjectImageCompiler.Compile(project, optimize, new[] { hostSource }, Path.Combine(workDirectory, "image"));

        string objectFile = Path.Combine(workDirectory, "image.o");
        IlcCompiler.Compile(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize));
        return LinkExecutable(project, assemblies, objectFile, ImageTarget.LinuxRun(heapSize, features), workDirectory, methods);
    }

    /// <summary>
    /// Builds a project's program (its Main, with the command line and environment) as a static Linux executable:
    /// the project compiled as a program with the host (the program ABI over Linux system calls), entered through
    /// <c>minix_program_start</c> as on the image.
    /// </summary>
    /// <param name="project">The project (with a Main).</param>
    /// <param name="optimize">Optimized C# and ILC.</param>
    /// <param name="workDirectory">Where intermediate files and the executable go.</param>
    /// <param name="ilc">The checked ILC.</param>
    /// <param name="heapLimit">The most heap the process may have.</param>
    /// <param name="features">What the runtime does (a program's by default).</param>
    /// <returns>The executable (no callable methods: run it with the program's arguments).</returns>
    /// <exception cref="ToolchainException">A compile or ILC failure.</exception>
    /// <exception cref="LinkException">A link failure.</exception>
    public static RunnableImage BuildProgram(string project, bool optimize, string workDirectory, IlcToolchain ilc,
        ulong heapLimit = DefaultHeapSize, RuntimeFeatures features = RuntimeFeatures.Program)
    {
        Directory.CreateDirectory(workDirectory);
        string hostSource = Path.Combine(workDirectory, "MinixProgramHost.g.cs");
        string generated = RunHostGenerator.GenerateProgram(heapLimit);
        if (!File.Exists(hostSource) || File.ReadAllText(hostSource) != generated)
            File.WriteAllText(hostSource, generated);
        var assemblies = ProjectImageCompiler.Compile(project, optimize, new[] { hostSource }, Path.Combine(workDirectory, "program"), program: true);

        string objectFile = Path.Combine(workDirectory, "program.o");
        IlcCompiler.Compile(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize, nativeLibrary: false));
        return LinkExecutable(project, assemblies, objectFile, ImageTarget.LinuxRunProgram(heapLimit, features), workDirectory, Array.Empty<RunnableMethod>());
    }

    private static RunnableImage LinkExecutable(string project, IReadOnlyList<string> assemblies, string objectFile, ImageTarget target, string workDirectory,
        IReadOnlyList<RunnableMethod> methods)
    {
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = target.EntrySymbol };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        target.Apply(request);
        var names = assemblies.Append(ProjectImageCompiler.RuntimeAssembly);
        var image = ImageLinker.LinkWithSourceMap(request, objectFile, names);
        string executable = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(project) + ".run");
        File.WriteAllBytes(executable, ElfExecutableWriter.Write(image));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        File.WriteAllText(executable + ".map", image.Symbols.ToText());
        return new RunnableImage(executable, image, methods, objectFile);
    }

    private static RunnableMethod FindIn(IReadOnlyList<string> assemblies, string method)
    {
        ToolchainException? first = null;
        foreach (var assembly in assemblies)
        {
            try
            {
                return MethodSignatureReader.Find(assembly, method);
            }
            catch (ToolchainException e) when (e.Message.StartsWith("no type", StringComparison.Ordinal))
            {
                first ??= e;
            }
        }

        throw first ?? new ToolchainException("method", $"method {method} not found");
    }
}
