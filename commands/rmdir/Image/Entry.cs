using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Rmdir;

/// <summary>rmdir's entry on the image: the stack exec left, handed to <see cref="Rmdir.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "rmdir_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Rmdir.Main);
}
