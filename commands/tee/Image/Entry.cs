using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Tee;

/// <summary>tee's entry on the image: the stack exec left, handed to <see cref="Tee.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "tee_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Tee.Main);
}
