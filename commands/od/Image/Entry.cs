using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Od;

/// <summary>od's entry on the image: the stack exec left, handed to <see cref="Od.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "od_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Od.Main);
}
