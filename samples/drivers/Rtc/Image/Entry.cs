using System.Runtime.InteropServices;

namespace Minix.Samples.Rtc;

/// <summary>The driver's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "rtc_main")]
    private static void Main() => Program.Main();
}
