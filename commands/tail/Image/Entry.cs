using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Tail;

/// <summary>tail's entry on the image: the stack exec left, handed to <see cref="Tail.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "tail_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Tail.Main);
}
