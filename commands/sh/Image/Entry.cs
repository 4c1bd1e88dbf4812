using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Shell;

/// <summary>sh's entry on the image: the stack exec left, handed to <see cref="Shell.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "sh_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Shell.Main);
}
