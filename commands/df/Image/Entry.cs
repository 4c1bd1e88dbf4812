using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Df;

/// <summary>df's entry on the image: the stack exec left, handed to <see cref="DiskFree.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "df_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &DiskFree.Main);
}
