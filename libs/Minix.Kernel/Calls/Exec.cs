using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Boot;

namespace Minix.Kernel.Calls;

/// <summary>What SYS_EXEC does to the target.</summary>
public enum ExecOperation
{
    /// <summary>
    /// Give the target a new, zeroed memory image laid out as the <see cref="ExecLayout"/> in the caller's memory says,
    /// in place of its old one, which is freed only once the new one exists (so ENOMEM leaves the target as it was). The
    /// target stays blocked; until <see cref="Start"/> the caller may write its read-only pages with SYS_VIRCOPY.
    /// </summary>
    NewImage = 0,

    /// <summary>Start the new image: the target runs from <see cref="ExecRequest.Entry"/> with <see cref="ExecRequest.StackPointer"/>, its pending call abandoned.</summary>
    Start = 1,
}

/// <summary>
/// SYS_EXEC request (the process manager only): replace a blocked user process's memory image, in two steps so the
/// process manager can fill the new image from the program file between them.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct ExecRequest : IMessagePayload
{
    /// <summary>The process whose image is replaced (a user process blocked in a call to the caller).</summary>
    [FieldOffset(0)] public Endpoint Target;

    /// <summary>What to do.</summary>
    [FieldOffset(4)] public ExecOperation Operation;

    /// <summary><see cref="ExecOperation.NewImage"/>: address of the <see cref="ExecLayout"/> in the caller's memory.</summary>
    [FieldOffset(8)] public ulong Layout;

    /// <summary><see cref="ExecOperation.Start"/>: where execution starts.</summary>
    [FieldOffset(16)] public ulong Entry;

    /// <summary><see cref="ExecOperation.Start"/>: the initial stack pointer (16-byte aligned, inside the stack).</summary>
    [FieldOffset(24)] public ulong StackPointer;
}

/// <summary>One loadable segment of a new image: page-aligned, zeroed, with the access its program header asks for.</summary>
[StructLayout(LayoutKind.Explicit, Size = 24)]
public struct ExecSegment
{
    /// <summary>Its first address (page-aligned, at or above <see cref="MemoryLayout.UserBase"/>).</summary>
    [FieldOffset(0)] public ulong VirtualAddress;

    /// <summary>Its size in memory.</summary>
    [FieldOffset(8)] public ulong MemorySize;

    /// <summary>Read, write, execute.</summary>
    [FieldOffset(16)] public SegmentAccess Access;
}

/// <summary>The layout of a new memory image: its segments (no two on the same page), the stack's size below <see cref="MemoryLayout.UserStackTop"/>, and the process's new name.</summary>
[StructLayout(LayoutKind.Explicit, Size = 32 + MaxSegments * 24)]
public struct ExecLayout
{
    /// <summary>The most segments an image may have.</summary>
    public const int MaxSegments = 8;

    /// <summary>Segments in use.</summary>
    [FieldOffset(0)] public int SegmentCount;

    /// <summary>Bytes of stack (rounded up to pages).</summary>
    [FieldOffset(8)] public ulong StackSize;

    /// <summary>The name the process takes (what crash reports and ps show).</summary>
    [FieldOffset(16)] public ProcessName Name;

    /// <summary>The segments.</summary>
    [FieldOffset(32)] public ExecSegments Segments;
}

/// <summary>Inline storage for <see cref="ExecLayout.Segments"/>.</summary>
[System.Runtime.CompilerServices.InlineArray(ExecLayout.MaxSegments)]
public struct ExecSegments
{
    private ExecSegment _element0;
}
