using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Time;

/// <summary>time's entry on the image: the stack exec left, handed to <see cref="Time.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "time_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Time.Main);
}
