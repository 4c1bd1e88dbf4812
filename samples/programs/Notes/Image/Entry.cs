using System.Runtime.InteropServices;

namespace Minix.Samples.Notes;

/// <summary>notes' entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "notes_main")]
    private static void Main() => Program.Main();
}
