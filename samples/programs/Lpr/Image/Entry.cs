using System.Runtime.InteropServices;

namespace Minix.Samples.Lpr;

/// <summary>lpr's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "lpr_main")]
    private static void Main() => Program.Main();
}
