using System.Runtime.InteropServices;

namespace Minix.Samples.Serial;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "serial_main")]
    private static void Main() => Program.Main();

    /// <summary>The same driver on COM3 (0x3e8, IRQ 4): a second instance, e.g. to compare placements in one boot.</summary>
    [UnmanagedCallersOnly(EntryPoint = "serial_com3_main")]
    private static void Com3() => new SerialDriver(0x3E8, 4).Run();
}
