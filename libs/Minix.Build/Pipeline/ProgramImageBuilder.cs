using Minix.Build.Elf;
using Minix.Build.Linking;

namespace Minix.Build.Pipeline;

/// <summary>
/// A user program for the image: the project compiled as a program (its Main the entry), ILC without --nativelib,
/// linked with the user-program target at 0x400000 as a static ELF with its source map. The program ABI's system
/// calls come from the image assemblies the project references (Minix.Posix on the image); without them they
/// answer ENOSYS.
/// </summary>
public static class ProgramImageBuilder
{
    /// <summary>Where user programs are linked.</summary>
    public const ulong BaseAddress = 0x400000;

    /// <summary>Builds the program image.</summary>
    /// <param name="project">The project (an executable).</param>
    /// <param name="optimize">Optimized C# and ILC.</param>
    /// <param name="workDirectory">Where intermediate files and the image go.</param>
    /// <param name="ilc">The checked ILC.</param>
    /// <returns>The image (<see cref="RunnableImage.ExecutablePath"/> is the ELF file; it runs on the image).</returns>
    /// <exception cref="ToolchainException">A compile or ILC failure.</exception>
    /// <exception cref="LinkException">A link failure.</exception>
    public static RunnableImage Build(string project, bool optimize, string workDirectory, IlcToolchain ilc)
    {
        Directory.CreateDirectory(workDirectory);
        var assemblies = ProjectImageCompiler.Compile(project, optimize, null, Path.Combine(workDirectory, "program"), program: true);
        string objectFile = Path.Combine(workDirectory, "program.o");
        IlcCompiler.Compile(ilc, IlcInvocation.ForProject(assemblies, objectFile, optimize, nativeLibrary: false));
        var target = ImageTarget.UserProgram();
        var request = new LinkRequest { BaseAddress = BaseAddress, EntrySymbol = target.EntrySymbol };
        request.Objects.Add(ElfObjectReader.Read(objectFile));
        target.Apply(request);
        var names = assemblies.Append(ProjectImageCompiler.RuntimeAssembly);
        var image = ImageLinker.LinkWithSourceMap(request, objectFile, names);
        string file = Path.Combine(workDirectory, Path.GetFileNameWithoutExtension(project) + ".elf");
        File.WriteAllBytes(file, ElfExecutableWriter.Write(image));
        File.WriteAllText(file + ".map", image.Symbols.ToText());
        return new RunnableImage(file, image, Array.Empty<RunnableMethod>(), objectFile);
    }
}
