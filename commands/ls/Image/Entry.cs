using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Ls;

/// <summary>ls's entry on the image: the stack exec left, handed to <see cref="Ls.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "ls_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Ls.Main);
}
