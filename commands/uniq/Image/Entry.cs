using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Uniq;

/// <summary>uniq's entry on the image: the stack exec left, handed to <see cref="Uniq.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "uniq_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Uniq.Main);
}
