using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Kill;

/// <summary>kill's entry on the image: the stack exec left, handed to <see cref="Kill.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "kill_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Kill.Main);
}
