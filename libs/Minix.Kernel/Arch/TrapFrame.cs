namespace Minix.Kernel.Arch;

/// <summary>
/// What the trap entry code saves on the kernel's interrupt stack, lowest address first: the SSE/x87 state
/// (FXSAVE), the fifteen general registers, the vector and error code, and what the CPU pushed. It is also each
/// process's saved context: resuming a process means restoring one of these.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = Size), KernelInternal]
public unsafe struct TrapFrame
{
    /// <summary>Bytes in a frame (a multiple of 16, so frames stay aligned for FXSAVE).</summary>
    public const int Size = 688;

    /// <summary>The FXSAVE area.</summary>
    [FieldOffset(0)] public fixed byte FxSave[512];

    /// <summary>r15.</summary>
    [FieldOffset(512)] public ulong R15;

    /// <summary>r14.</summary>
    [FieldOffset(520)] public ulong R14;

    /// <summary>r13.</summary>
    [FieldOffset(528)] public ulong R13;

    /// <summary>r12.</summary>
    [FieldOffset(536)] public ulong R12;

    /// <summary>r11.</summary>
    [FieldOffset(544)] public ulong R11;

    /// <summary>r10.</summary>
    [FieldOffset(552)] public ulong R10;

    /// <summary>r9.</summary>
    [FieldOffset(560)] public ulong R9;

    /// <summary>r8.</summary>
    [FieldOffset(568)] public ulong R8;

    /// <summary>rbp.</summary>
    [FieldOffset(576)] public ulong Rbp;

    /// <summary>rdi: first argument of a trap.</summary>
    [FieldOffset(584)] public ulong Rdi;

    /// <summary>rsi: second argument.</summary>
    [FieldOffset(592)] public ulong Rsi;

    /// <summary>rdx: third argument; the IPC status word on return.</summary>
    [FieldOffset(600)] public ulong Rdx;

    /// <summary>rcx.</summary>
    [FieldOffset(608)] public ulong Rcx;

    /// <summary>rbx.</summary>
    [FieldOffset(616)] public ulong Rbx;

    /// <summary>rax: the result of a trap.</summary>
    [FieldOffset(624)] public ulong Rax;

    /// <summary>The vector that brought the CPU here.</summary>
    [FieldOffset(632)] public ulong Vector;

    /// <summary>The CPU's error code, or 0.</summary>
    [FieldOffset(640)] public ulong Error;

    /// <summary>Where execution resumes.</summary>
    [FieldOffset(648)] public ulong Rip;

    /// <summary>Code segment (its low two bits are the ring).</summary>
    [FieldOffset(656)] public ulong Cs;

    /// <summary>Flags.</summary>
    [FieldOffset(664)] public ulong Rflags;

    /// <summary>Stack pointer.</summary>
    [FieldOffset(672)] public ulong Rsp;

    /// <summary>Stack segment.</summary>
    [FieldOffset(680)] public ulong Ss;

    /// <summary>Whether the trap came from ring 3.</summary>
    public readonly bool FromUser => (Cs & 3) == 3;

    /// <summary>A fresh context that starts at <paramref name="rip"/> with interrupts on and default FPU/SSE state.</summary>
    /// <param name="rip">Where to start.</param>
    /// <param name="rsp">The stack top.</param>
    /// <param name="kernel">Ring 0 (the idle loop, drivers placed in the kernel) rather than ring 3.</param>
    /// <returns>The frame.</returns>
    public static TrapFrame Start(ulong rip, ulong rsp, bool kernel)
    {
        var frame = new TrapFrame { Rip = rip, Rsp = rsp, Rflags = 0x202 };
        frame.Cs = kernel ? Descriptors.KernelCode : Descriptors.UserCode;
        frame.Ss = kernel ? Descriptors.KernelData : Descriptors.UserData;
        *(ushort*)frame.FxSave = 0x037F; // the x87 control word
        *(uint*)(frame.FxSave + 24) = 0x1F80; // MXCSR: every SSE exception masked
        return frame;
    }
}
