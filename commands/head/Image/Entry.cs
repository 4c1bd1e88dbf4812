using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Head;

/// <summary>head's entry on the image: the stack exec left, handed to <see cref="Head.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "head_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Head.Main);
}
