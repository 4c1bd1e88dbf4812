using Iced.Intel;

namespace Minix.Kernel.Arch;

/// <summary>One piece of the kernel's machine code: the symbol it defines and how to emit it.</summary>
/// <param name="Symbol">The symbol the piece defines (its first byte).</param>
/// <param name="Description">What it is for, for the symbol map and errors.</param>
/// <param name="Emit">Emits it; the function gives the final address of any symbol (C# or another piece).</param>
public sealed record ArchPiece(string Symbol, string Description, Action<Assembler, Func<string, ulong>> Emit);

/// <summary>A zero-filled region the kernel needs before any C# runs (the boot stack, the runtime's heap).</summary>
/// <param name="Symbol">The symbol of its first byte.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Description">What it is for.</param>
public sealed record ArchData(string Symbol, ulong Size, string Description);
