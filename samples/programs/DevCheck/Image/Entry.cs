using System.Runtime.InteropServices;

namespace Minix.Samples.DevCheck;

/// <summary>devcheck's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "devcheck_main")]
    private static void Main() => Program.Main();
}
