using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Sync;

/// <summary>sync's entry on the image: the stack exec left, handed to <see cref="Sync.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "sync_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Sync.Main);
}
