using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Dd;

/// <summary>dd's entry on the image: the stack exec left, handed to <see cref="Dd.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "dd_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Dd.Main);
}
