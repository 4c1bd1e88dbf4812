using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Cp;

/// <summary>cp's entry on the image: the stack exec left, handed to <see cref="Cp.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "cp_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Cp.Main);
}
