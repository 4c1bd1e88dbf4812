using System.Runtime.InteropServices;

namespace Minix.Samples.BlockCheck;

/// <summary>blockcheck's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "blockcheck_main")]
    private static void Main() => Program.Main();
}
