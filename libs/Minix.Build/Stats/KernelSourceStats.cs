namespace Minix.Build.Stats;

/// <summary>
/// The size of the kernel in source lines: what runs in ring 0 on the image. That is the folders Core (IPC,
/// scheduling, clock, interrupts), System (one file per kernel call), Arch and Image (the x86-64 layer), Host/Arch
/// (the machine code the arch layer emits with Iced) and Privileges (the rights and their checks), plus the boot
/// archive reader and the grant check. Left out, as MINIX's counts leave out include/ and libsys: Calls (the
/// kernel-call catalogue, message layouts and the client library processes link), the data formats the kernel
/// shares with the image writer and with every process (the boot archive and boot-image layouts, the memory map
/// constants, the grant entry, flags and ids), Placement (what a driver placed in the kernel links to reach the
/// kernel's interrupt hook: driver code, as the client library is) and the host tooling (system.conf reader,
/// privilege builder).
/// </summary>
public static class KernelSourceStats
{
    /// <summary>The kernel's folders and files, relative to libs/Minix.Kernel.</summary>
    public static IReadOnlyList<string> KernelSources { get; } =
        ["Core", "System", "Arch", "Image", "Host/Arch", "Privileges", "Boot/BootArchiveReader.cs", "Grants/GrantCheck.cs"];

    /// <summary>Counts the kernel in <paramref name="kernelProjectDirectory"/>.</summary>
    /// <param name="kernelProjectDirectory">libs/Minix.Kernel.</param>
    /// <returns>Lines per file (relative path) and the total.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder is not the kernel project.</exception>
    public static (IReadOnlyList<(string File, int Lines)> Files, int Total) Count(string kernelProjectDirectory)
    {
        if (!File.Exists(Path.Combine(kernelProjectDirectory, "Minix.Kernel.csproj")))
            throw new DirectoryNotFoundException(kernelProjectDirectory + " does not hold Minix.Kernel.csproj");
        var files = new List<(string, int)>();
        foreach (string source in KernelSources)
        {
            string path = Path.Combine(kernelProjectDirectory, source);
            IEnumerable<string> found = File.Exists(path) ? [path]
                : Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [];
            foreach (string file in found)
                files.Add((Path.GetRelativePath(kernelProjectDirectory, file).Replace('\\', '/'), SourceLineCounter.Count(File.ReadAllText(file))));
        }

        return (files, files.Sum(f => f.Item2));
    }
}
