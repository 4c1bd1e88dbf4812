using System.Runtime.InteropServices;

namespace MyDriver;

/// <summary>The driver's entry point on the image: the image project names it (<c>Entry="mydriver_main"</c>).</summary>
internal static class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "mydriver_main")]
    private static void Main() => Program.Main();
}
