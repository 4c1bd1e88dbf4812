using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Rm;

/// <summary>rm's entry on the image: the stack exec left, handed to <see cref="Rm.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "rm_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Rm.Main);
}
