using System.Runtime.InteropServices;

namespace Minix.Servers;

/// <summary>The servers' entry points on the image, one per boot process.</summary>
internal static class Entries
{
    [UnmanagedCallersOnly(EntryPoint = "rs_main")]
    private static void Rs() => new ReincarnationServer().Run();

    [UnmanagedCallersOnly(EntryPoint = "ds_main")]
    private static void Ds() => new DataStoreServer().Run();

    [UnmanagedCallersOnly(EntryPoint = "pm_main")]
    private static void Pm() => new Pm.ProcessManager().Run();

    [UnmanagedCallersOnly(EntryPoint = "log_main")]
    private static void LogServerMain() => new LogServer().Run();

    [UnmanagedCallersOnly(EntryPoint = "vfs_main")]
    private static void Vfs() => new Vfs.VirtualFileSystem().Run();

    [UnmanagedCallersOnly(EntryPoint = "mfs_main")]
    private static void Mfs() => new Mfs.FileServer().Run();
}
