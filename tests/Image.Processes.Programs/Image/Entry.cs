using System.Runtime.InteropServices;
using Minix.Posix;

namespace Image.Processes.Programs;

/// <summary>proctest's entry on the image: the stack exec left, argv taken from it, the check's status as the exit status.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "proctest_main")]
    private static void Main(ulong* stack) => Minix.Posix.Posix.Exit(ProcessCheck.Run(ProgramArguments.Of(stack)));
}
