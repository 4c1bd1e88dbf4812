using System.Runtime.InteropServices;

namespace Minix.Kernel.Calls;

/// <summary>
/// What SYS_SIGSEND leaves below a process's stack pointer (16-byte aligned, with a zero return address under it): this
/// header, then the saved registers in the kernel's trap-frame layout, <see cref="RegistersSize"/> bytes: the 512-byte
/// FXSAVE area, then r15, r14, r13, r12, r11, r10, r9, r8, rbp, rdi, rsi, rdx, rcx, rbx, rax, vector, error code,
/// rip, cs, rflags, rsp, ss (8 bytes each). A runtime's signal entry may read it (where a fault happened) and change
/// rip, rsp and the general registers before SYS_SIGRETURN, which checks them.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 32)]
public struct SignalFrame
{
    /// <summary>What <see cref="Magic"/> holds in a frame the kernel made.</summary>
    public const ulong ExpectedMagic = 0x4D4E58_5349474E;

    /// <summary>Bytes of saved registers after the header.</summary>
    public const int RegistersSize = 688;

    /// <summary>Offset of the saved rip within the registers.</summary>
    public const int InstructionOffset = 648;

    /// <summary>Offset of the saved rsp within the registers.</summary>
    public const int StackOffset = 672;

    /// <summary><see cref="ExpectedMagic"/>.</summary>
    [FieldOffset(0)] public ulong Magic;

    /// <summary>The signal mask to restore.</summary>
    [FieldOffset(8)] public ulong Mask;

    /// <summary>For a page fault: the address touched.</summary>
    [FieldOffset(16)] public ulong FaultAddress;

    /// <summary>The signal.</summary>
    [FieldOffset(24)] public Signal Signal;

    /// <summary>For a fault: the CPU exception vector, else -1.</summary>
    [FieldOffset(28)] public int Vector;
}
