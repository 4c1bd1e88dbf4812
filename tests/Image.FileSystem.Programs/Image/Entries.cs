using System.Runtime.InteropServices;
using Minix.Kernel.Calls;

namespace Image.FileSystem.Programs;

/// <summary>The entry points of the file-system image's test programs.</summary>
internal static class Entries
{
    [UnmanagedCallersOnly(EntryPoint = "moduledisk_main")]
    private static void Disk() => new ModuleDisk().Run();

    [UnmanagedCallersOnly(EntryPoint = "fscheck_main")]
    private static void Check() => Sys.Exit(FileSystemCheck.Run());
}
