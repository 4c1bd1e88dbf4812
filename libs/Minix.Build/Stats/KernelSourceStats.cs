namespace Minix.Build.Stats;

/// <summary>
/// The size of the kernel in source lines: what runs in ring 0 on the image. That is the folders Core (IPC,
/// scheduling, clock, interrupts), System (one file per kernel call), Arch and Image (the x86-64 layer), Host/Arch
/// (the machine code the arch layer emits with Iced), and Boot, Privileges and Grants (the boot archive reader and
/// the checks the kernel makes). Left out: Calls (the kernel-call catalogue and the client library processes link,
/// like MINIX's include/ and libsys) and the other Host folders (system.conf tooling).
/// </summary>
public static class KernelSourceStats
{
    /// <summary>The kernel's folders, relative to libs/Minix.Kernel.</summary>
    public static IReadOnlyList<string> KernelFolders { get; } = ["Core", "System", "Arch", "Image", "Host/Arch", "Boot", "Privileges", "Grants"];

    /// <summary>Counts the kernel in <paramref name="kernelProjectDirectory"/>.</summary>
    /// <param name="kernelProjectDirectory">libs/Minix.Kernel.</param>
    /// <returns>Lines per file (relative path) and the total.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder is not the kernel project.</exception>
    public static (IReadOnlyList<(string File, int Lines)> Files, int Total) Count(string kernelProjectDirectory)
    {
        if (!File.Exists(Path.Combine(kernelProjectDirectory, "Minix.Kernel.csproj")))
            throw new DirectoryNotFoundException(kernelProjectDirectory + " does not hold Minix.Kernel.csproj");
        var files = new List<(string, int)>();
        foreach (string folder in KernelFolders)
        {
            string directory = Path.Combine(kernelProjectDirectory, folder);
            if (!Directory.Exists(directory))
                continue;
            foreach (string file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                files.Add((Path.GetRelativePath(kernelProjectDirectory, file).Replace('\\', '/'), SourceLineCounter.Count(File.ReadAllText(file))));
        }

        return (files, files.Sum(f => f.Item2));
    }
}
