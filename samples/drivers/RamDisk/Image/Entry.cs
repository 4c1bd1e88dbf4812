using System.Runtime.InteropServices;

namespace Minix.Samples.RamDisk;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "ramdisk_main")]
    private static void Main() => Program.Main();
}
