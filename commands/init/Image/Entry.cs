using System.Runtime.InteropServices;

namespace Minix.Commands.Init;

/// <summary>init's entry point on the image: a boot process (process 1 of the process manager).</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "init_main")]
    private static void Main() => InitProcess.Run();
}
