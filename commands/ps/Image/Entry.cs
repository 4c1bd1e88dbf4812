using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Ps;

/// <summary>ps's entry on the image: the stack exec left, handed to <see cref="ProcessStatus.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "ps_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &ProcessStatus.Main);
}
