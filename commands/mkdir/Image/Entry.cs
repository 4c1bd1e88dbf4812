using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Mkdir;

/// <summary>mkdir's entry on the image: the stack exec left, handed to <see cref="Mkdir.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "mkdir_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Mkdir.Main);
}
