using System.Runtime.InteropServices;
using Minix.Commands.Libc;

namespace Image.Commands.Programs;

/// <summary>pipeline's entry on the image: the stack exec left, handed to <see cref="Pipeline.Main"/>.</summary>
internal static unsafe class Entry
{
    [UnmanagedCallersOnly(EntryPoint = "pipeline_main")]
    private static void Main(ulong* stack) => ProgramStart.Run(stack, &Pipeline.Main);
}
