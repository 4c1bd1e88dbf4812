using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Kernel.Boot;

namespace Minix.Build.Pipeline;

/// <summary>
/// An ordinary program for the image's /bin: the project compiled as an executable (ILC makes
/// <c>__managed__Main</c> from its <c>static int Main(string[] args)</c>), Minix.Posix's exports rooted so that the
/// program ABI's calls (<c>minix_sys_*</c>, <c>minix_heap_grow</c>) exist whether or not the program calls
/// Minix.Posix itself, and the user-program target's link at the user base with the source map its exceptions' stack
/// traces read. An image project's <c>MinixProgram</c> items without an <c>Entry</c> are built this way.
/// </summary>
public static class ProgramImageBuilder
{
    /// <summary>The assembly that supplies the program ABI on the image.</summary>
    public const string ProgramAbiAssembly = "Minix.Posix";

    // Beside a program's object: the image assemblies it was compiled from, for the link's source map.
    private const string AssemblyListSuffix = ".assemblies";

    /// <summary>Builds the program's ELF file.</summary>
    /// <param name="project">The program's project (an executable with a Main).</param>
    /// <param name="optimize">Optimized C# and ILC.</param>
    /// <param name="workDirectory">Where intermediate files and the ELF file go.</param>
    /// <param name="ilc">The checked ILC.</param>
    /// <param name="imageReferences">Image assemblies from packages, where Minix.Posix is looked for when the project's own references lack it.</param>
    /// <returns>The ELF file's path and its link.</returns>
    /// <exception cref="ToolchainException">A compile or ILC failure, or no Minix.Posix.</exception>
    /// <exception cref="LinkException">A link failure.</exception>
    public static (string File, LinkedImage Image) Build(string project, bool optimize, string workDirectory, IlcToolchain ilc, IReadOnlyList<string>? imageReferences = null)
    {
        string name = Path.GetFileNameWithoutExtension(project);
        var assemblies = CompileAssemblies(project, optimize, Path.Combine(workDirectory, "image"));
        string objectFile = Path.Combine(workDirectory, name + ".o");
        CompileObject(ilc, assemblies, imageReferences ?? [], objectFile, optimize, name);
        LinkedImage image = Link(objectFile);
        string file = Path.Combine(workDirectory, name + ".elf");
        File.WriteAllBytes(file, ElfExecutableWriter.Write(image));
        File.WriteAllText(file + ".map", image.Symbols.ToText());
        return (file, image);
    }

    /// <summary>The C# compile for the image, as an executable.</summary>
    /// <param name="project">The project.</param>
    /// <param name="optimize">Optimized C#.</param>
    /// <param name="outputDirectory">Where the image assemblies go.</param>
    /// <returns>The project's image assembly, then its references'.</returns>
    /// <exception cref="ToolchainException">The compile failed.</exception>
    public static IReadOnlyList<string> CompileAssemblies(string project, bool optimize, string outputDirectory) =>
        ProjectImageCompiler.Compile(project, optimize, outputDirectory: outputDirectory, program: true);

    /// <summary>ILC, when its inputs changed: the program with Minix.Posix as a second input (its exports are roots).</summary>
    /// <param name="ilc">The checked ILC.</param>
    /// <param name="assemblies">What <see cref="CompileAssemblies"/> returned.</param>
    /// <param name="imageReferences">Image assemblies from packages (searched for Minix.Posix after the project's own).</param>
    /// <param name="objectFile">The object to write.</param>
    /// <param name="optimize">Optimize.</param>
    /// <param name="programName">The program's name, for the error that names a missing Minix.Posix.</param>
    /// <returns>True if ILC ran.</returns>
    /// <exception cref="ToolchainException">No Minix.Posix, or ILC failed.</exception>
    public static bool CompileObject(IlcToolchain ilc, IReadOnlyList<string> assemblies, IReadOnlyList<string> imageReferences, string objectFile, bool optimize, string programName)
    {
        string posix = assemblies.Skip(1).Concat(imageReferences).FirstOrDefault(a => Path.GetFileNameWithoutExtension(a).Equals(ProgramAbiAssembly, StringComparison.OrdinalIgnoreCase))
            ?? throw new ToolchainException("image", $"program {programName} ({Path.GetFileName(assemblies[0])}) does not reference {ProgramAbiAssembly}, which supplies a program's system calls on the image: add a reference to it");
        var invocation = new IlcInvocation
        {
            NativeLibrary = false,
            Inputs = [assemblies[0], posix],
            References = assemblies.Skip(1).Where(a => a != posix).ToList(),
            RuntimeAssembly = ProjectImageCompiler.RuntimeAssembly,
            OutputObject = objectFile,
            Optimize = optimize,
        };
        bool ran = IlcCompiler.CompileIfChanged(ilc, invocation);
        RecordAssemblies(objectFile, assemblies);
        return ran;
    }

    /// <summary>Notes beside an object the image assemblies it was compiled from, which its source map names methods by.</summary>
    /// <param name="objectFile">The object.</param>
    /// <param name="assemblies">The assemblies (paths).</param>
    internal static void RecordAssemblies(string objectFile, IEnumerable<string> assemblies) => File.WriteAllLines(objectFile + AssemblyListSuffix, assemblies);

    /// <summary>What <see cref="RecordAssemblies"/> noted, then the runtime's.</summary>
    /// <param name="objectFile">The object.</param>
    /// <returns>The assemblies.</returns>
    internal static IEnumerable<string> AssembliesOf(string objectFile) => File.ReadAllLines(objectFile + AssemblyListSuffix).Append(ProjectImageCompiler.RuntimeAssembly);

    /// <summary>Links a program's object with the user-program target (two links: the second carries the source map).</summary>
    /// <param name="objectFile">What <see cref="CompileObject"/> wrote.</param>
    /// <returns>The image.</returns>
    /// <exception cref="LinkException">A link failure.</exception>
    public static LinkedImage Link(string objectFile)
    {
        var target = ImageTarget.UserProgram();
        var request = new LinkRequest { BaseAddress = MemoryLayout.UserBase, EntrySymbol = target.EntrySymbol };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        request.Code.Add(Imaging.ProcessStartCode.TimeStampCounter);
        target.Apply(request);
        return ImageLinker.LinkWithSourceMap(request, objectFile, AssembliesOf(objectFile));
    }
}
