using System.Runtime.InteropServices;

namespace Minix.Samples.Service;

/// <summary>The entry points on the image: the <c>service</c> program and the <c>dswatch</c> service.</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "service_main")]
    private static void Main() => Program.Main();

    [UnmanagedCallersOnly(EntryPoint = "dswatch_main")]
    private static void WatcherMain() => WatcherProgram.Main();
}
