namespace Minix.Kernel.Arch;

/// <summary>
/// The segment selectors and descriptor encodings of long mode. Segmentation is flat; what matters is the ring each
/// selector carries, the TSS (which gives the CPU the kernel's stacks for traps), and the gates of the IDT.
/// </summary>
[KernelInternal]
public static class Descriptors
{
    /// <summary>Kernel code selector (ring 0).</summary>
    public const ushort KernelCode = 0x08;

    /// <summary>Kernel data selector (ring 0).</summary>
    public const ushort KernelData = 0x10;

    /// <summary>User data selector (ring 3, requested privilege 3).</summary>
    public const ushort UserData = 0x18 | 3;

    /// <summary>User code selector (ring 3).</summary>
    public const ushort UserCode = 0x20 | 3;

    /// <summary>Task state segment selector (a 16-byte descriptor at 0x28).</summary>
    public const ushort TaskState = 0x28;

    /// <summary>GDT entries (8 bytes each; the TSS takes two).</summary>
    public const int GdtEntries = 7;

    /// <summary>Fills a GDT: null, kernel code and data, user data and code, and the TSS.</summary>
    /// <param name="gdt">Seven entries.</param>
    /// <param name="tss">Linear address of the TSS.</param>
    /// <param name="tssLimit">Its size minus one.</param>
    public static void FillGdt(Span<ulong> gdt, ulong tss, uint tssLimit)
    {
        gdt[0] = 0;
        gdt[1] = 0x00AF9A000000FFFF; // 64-bit code, DPL 0
        gdt[2] = 0x00CF92000000FFFF; // data, DPL 0
        gdt[3] = 0x00CFF2000000FFFF; // data, DPL 3
        gdt[4] = 0x00AFFA000000FFFF; // 64-bit code, DPL 3
        gdt[5] = (tssLimit & 0xFFFF) | ((tss & 0xFFFFFF) << 16) | (0x89UL << 40) | ((ulong)(tssLimit >> 16 & 0xF) << 48) | ((tss >> 24 & 0xFF) << 56);
        gdt[6] = tss >> 32;
    }

    /// <summary>Encodes a 64-bit interrupt gate (interrupts stay off inside the handler).</summary>
    /// <param name="handler">The handler's address.</param>
    /// <param name="ist">Interrupt stack table slot (0: none).</param>
    /// <param name="ring">Lowest ring that may raise it with <c>int</c> (0, or 3 for traps processes use).</param>
    /// <param name="low">The gate's low 8 bytes.</param>
    /// <param name="high">The gate's high 8 bytes.</param>
    public static void Gate(ulong handler, int ist, int ring, out ulong low, out ulong high)
    {
        ulong type = 0x8EUL | ((ulong)(ring & 3) << 5);
        low = (handler & 0xFFFF) | ((ulong)KernelCode << 16) | ((ulong)(ist & 7) << 32) | (type << 40) | ((handler >> 16 & 0xFFFF) << 48);
        high = handler >> 32;
    }
}
