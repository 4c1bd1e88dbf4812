using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Sort;

/// <summary>sort's entry on the image: the stack exec left, handed to <see cref="Sort.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "sort_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Sort.Main);
}
