using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Umount;

/// <summary>umount's entry on the image: the stack exec left, handed to <see cref="Umount.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "umount_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Umount.Main);
}
