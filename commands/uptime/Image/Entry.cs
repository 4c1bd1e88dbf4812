using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Uptime;

/// <summary>uptime's entry on the image: the stack exec left, handed to <see cref="Uptime.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "uptime_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Uptime.Main);
}
