using Iced.Intel;

namespace Minix.Build.Linking;

/// <summary>
/// A function the linker assembles with Iced and places in the text segment under <see cref="Symbol"/>: a runtime
/// helper that must be machine code, an extern stub (port I/O, traps, syscalls) or a piece of kernel arch code.
/// Objects' own definitions of the same symbol win, so a target can replace a stub with C#.
/// </summary>
/// <param name="Symbol">The global symbol the code defines.</param>
/// <param name="Description">What it is, for the symbol map and errors.</param>
/// <param name="Emit">Writes the instructions; use <see cref="ILinkSymbols"/> for any address it needs.</param>
/// <param name="Keep">Place it even if nothing references it (entry points, interrupt vectors).</param>
public sealed record CodeBlob(string Symbol, string Description, Action<Assembler, ILinkSymbols> Emit, bool Keep = false)
{
    /// <summary>Alignment of the function start.</summary>
    public int Alignment { get; init; } = 16;

    /// <summary>
    /// The code keeps its return address at [rsp] and changes no callee-saved register wherever it can fault (a
    /// write barrier, a copy, the first instructions of a dispatch stub): the unwind table then lets an exception
    /// raised inside it unwind straight to its caller.
    /// </summary>
    public bool UnwindsAsLeaf { get; init; }
}
