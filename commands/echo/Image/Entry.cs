using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Echo;

/// <summary>echo's entry on the image: the stack exec left, handed to <see cref="Echo.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "echo_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Echo.Main);
}
