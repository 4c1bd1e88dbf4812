namespace Minix.Kernel.Arch;

/// <summary>
/// The 64-bit TSS: only its stack pointers matter. Every trap and interrupt switches to an interrupt stack (IST),
/// whatever ring it came from, so the kernel always starts on a known stack: IST1 for interrupts and traps, IST2
/// for exceptions, IST3 for double faults.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 104), KernelInternal]
public struct TaskStateSegment
{
    /// <summary>Stack for a switch to ring 0 without an IST (unused: every gate names an IST).</summary>
    [FieldOffset(4)] public ulong Rsp0;

    /// <summary>IST1: interrupts and traps.</summary>
    [FieldOffset(36)] public ulong Ist1;

    /// <summary>IST2: exceptions.</summary>
    [FieldOffset(44)] public ulong Ist2;

    /// <summary>IST3: double faults.</summary>
    [FieldOffset(52)] public ulong Ist3;

    /// <summary>Offset of the I/O permission bitmap: past the end, so ring 3 has no port access at all.</summary>
    [FieldOffset(102)] public ushort IoMapBase;
}
