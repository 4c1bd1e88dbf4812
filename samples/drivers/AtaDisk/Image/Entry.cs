using System.Runtime.InteropServices;

namespace Minix.Samples.AtaDisk;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "ata_main")]
    private static void Main() => Program.Main();
}
