using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Halt;

/// <summary>halt's and reboot's entries on the image: the stack exec left, handed to <see cref="Halt.Main"/> or <see cref="Halt.Reboot"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "halt_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Halt.Main);

    [UnmanagedCallersOnly(EntryPoint = "reboot_main")]
    private static void Reboot(ulong* stack) => ProgramStart.Run(stack, &Halt.Reboot);
}
