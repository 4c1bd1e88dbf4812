using System.Runtime.InteropServices;

namespace Minix.Samples.Serial;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "serial_main")]
    private static void Main() => Program.Main();
}
