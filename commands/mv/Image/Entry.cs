using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Mv;

/// <summary>mv's entry on the image: the stack exec left, handed to <see cref="Mv.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "mv_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Mv.Main);
}
