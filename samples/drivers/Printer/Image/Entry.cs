using System.Runtime.InteropServices;

namespace Minix.Samples.Printer;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "printer_main")]
    private static void Main() => Program.Main();
}
