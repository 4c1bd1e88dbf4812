using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Minix.Commands.Date;

/// <summary>date's entry on the image: the stack exec left, handed to <see cref="Date.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "date_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Date.Main);
}
