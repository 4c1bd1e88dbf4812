using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Touch;

/// <summary>touch's entry on the image: the stack exec left, handed to <see cref="Touch.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "touch_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Touch.Main);
}
