using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Wc;

/// <summary>wc's entry on the image: the stack exec left, handed to <see cref="Wc.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "wc_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Wc.Main);
}
