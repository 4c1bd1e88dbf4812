using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Pwd;

/// <summary>pwd's entry on the image: the stack exec left, handed to <see cref="Pwd.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "pwd_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Pwd.Main);
}
