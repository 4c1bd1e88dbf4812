using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Ln;

/// <summary>ln's entry on the image: the stack exec left, handed to <see cref="Ln.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "ln_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Ln.Main);
}
