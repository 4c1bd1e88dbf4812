using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Cat;

/// <summary>cat's entry on the image: the stack exec left, handed to <see cref="Cat.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "cat_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Cat.Main);
}
