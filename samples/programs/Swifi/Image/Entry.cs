using System.Runtime.InteropServices;

namespace Minix.Samples.Swifi;

/// <summary>swifi's entry point on the image.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "swifi_main")]
    private static void Main() => Program.Main();

    [UnmanagedCallersOnly(EntryPoint = "swifiwatch_main")]
    private static void Watch() => InjectorWatchdog.Run();
}
