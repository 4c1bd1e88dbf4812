using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Grep;

/// <summary>grep's entry on the image: the stack exec left, handed to <see cref="Grep.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "grep_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Grep.Main);
}
