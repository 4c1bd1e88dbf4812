using Minix.Kernel.Boot;

namespace Minix.Build.Imaging;

/// <summary>One process of a system image.</summary>
/// <param name="Name">Its name; a system process's system.conf entry has the same name.</param>
/// <param name="Project">The project whose code it runs.</param>
/// <param name="Slot">Its boot slot (0..15).</param>
/// <param name="IsSystem">True for a system process (privileges from system.conf), false for a user program.</param>
/// <param name="EntrySymbol">The C# entry point, an <c>[UnmanagedCallersOnly(EntryPoint = ...)]</c> method of the project;
/// empty for an ordinary program, whose <c>Main</c> is the entry (see <see cref="EntersAtMain"/>).</param>
/// <param name="HeapSize">Bytes of heap the process's runtime may allocate from.</param>
/// <param name="Placement">User mode (default) or inside the kernel.</param>
/// <param name="GarbageCollection">Whether the process opts in to the garbage collector (a server that allocates
/// after start-up); otherwise it keeps the system subset: a bump heap it allocates from at start-up.</param>
public sealed record ImageProcess(string Name, string Project, int Slot, bool IsSystem, string EntrySymbol = "minix_main", ulong HeapSize = 1 << 20,
    Placement Placement = Placement.User, bool GarbageCollection = false)
{
    /// <summary>
    /// An ordinary program (a <c>MinixProgram</c> without an <c>Entry</c>): compiled as an executable whose
    /// <c>static int Main(string[] args)</c> is the entry, linked with the program runtime (catchable exceptions, the
    /// garbage collector, a heap that grows through the process manager's brk) and Minix.Posix's program ABI.
    /// </summary>
    public bool EntersAtMain => EntrySymbol.Length == 0;
}
