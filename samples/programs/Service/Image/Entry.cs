using System.Runtime.InteropServices;

namespace Minix.Samples.Service;

/// <summary>service's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "service_main")]
    private static void Main() => Program.Main();
}
