using System.Runtime.InteropServices;
using Minix.Kernel.Calls;
using Minix.Kernel.Core;

namespace LegacyPrinter;

/// <summary>
/// The driver's entry on the image, placed in the kernel (samples/LegacyImage): it prints one line, waits while its
/// interrupt handler sends the rest a byte per interrupt, and ends the boot. There is no message loop: in MINIX 2 the
/// rest of the kernel called a driver's functions directly.
/// </summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "legacyprinter_main")]
    private static void Main()
    {
        Printer.Init();
        int count = Printer.Print("Hello from a MINIX 2 style driver in the kernel\n"u8);
        // A kernel call is a plain call in kernel placement; making one each round makes the loop read Printed again.
        while (Printer.Printed < count)
            Sys.Nop();
        KernelLog.Write("printer: printed the line; halting\n"u8);
        Sys.Abort(0);
    }
}
