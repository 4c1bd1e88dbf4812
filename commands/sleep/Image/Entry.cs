using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Sleep;

/// <summary>sleep's entry on the image: the stack exec left, handed to <see cref="Sleep.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "sleep_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Sleep.Main);
}
