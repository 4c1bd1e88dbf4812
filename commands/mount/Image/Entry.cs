using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Mount;

/// <summary>mount's entry on the image: the stack exec left, handed to <see cref="Mount.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "mount_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Mount.Main);
}
