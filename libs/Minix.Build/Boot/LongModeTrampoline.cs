using Iced.Intel;
using Minix.Kernel.Boot;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Boot;

/// <summary>
/// The first page of every image: a Multiboot header (with the a.out address fields, so the loader needs no ELF
/// parser), a GDT, and the 32-bit code a Multiboot loader (or our BIOS loader) enters. It builds page tables that
/// map the first 4 GiB three times (identity, kernel half at -2 GiB, direct map), enables PAE, long mode, paging and
/// SSE, and jumps to the kernel's 64-bit entry with rdi = Multiboot info and rsi = the boot archive.
/// </summary>
public static class LongModeTrampoline
{
    /// <summary>The value a Multiboot loader leaves in eax.</summary>
    public const uint MultibootLoaderMagic = 0x2BADB002;

    private const uint HeaderMagic = 0x1BADB002;
    private const uint HeaderFlags = 0x00010003; // page-align modules, memory info, a.out address fields valid
    private const int HeaderSize = 32;

    /// <summary>The trampoline's entry point (physical): where a loader jumps in 32-bit protected mode.</summary>
    public static ulong Entry => MemoryLayout.ImagePhysical + HeaderSize + GdtSize + 16;

    private const int GdtSize = 24;

    /// <summary>Builds the first page.</summary>
    /// <param name="loadEnd">Physical end of the bytes the loader must load (kernel and archive).</param>
    /// <param name="bssEnd">Physical end of memory the loader must clear (the kernel's zero-filled data, if later).</param>
    /// <param name="kernelEntry">Virtual address of the kernel's 64-bit entry.</param>
    /// <param name="archive">Physical address of the boot archive.</param>
    /// <returns>Exactly <see cref="MemoryLayout.KernelPhysical"/> - <see cref="MemoryLayout.ImagePhysical"/> bytes.</returns>
    public static byte[] Build(ulong loadEnd, ulong bssEnd, ulong kernelEntry, ulong archive)
    {
        var page = new byte[MemoryLayout.KernelPhysical - MemoryLayout.ImagePhysical];
        uint header = (uint)MemoryLayout.ImagePhysical;
        WriteUInt(page, 0, HeaderMagic);
        WriteUInt(page, 4, HeaderFlags);
        WriteUInt(page, 8, unchecked(0u - HeaderMagic - HeaderFlags));
        WriteUInt(page, 12, header);                       // header_addr
        WriteUInt(page, 16, header);                       // load_addr
        WriteUInt(page, 20, checked((uint)loadEnd));       // load_end_addr
        WriteUInt(page, 24, checked((uint)Math.Max(bssEnd, loadEnd))); // bss_end_addr
        WriteUInt(page, 28, (uint)Entry);                  // entry_addr

        // GDT: null, 64-bit code (0x08), data (0x10); then its pseudo-descriptor.
        int gdt = HeaderSize;
        WriteULong(page, gdt + 8, 0x00AF9A000000FFFF);
        WriteULong(page, gdt + 16, 0x00CF92000000FFFF);
        ulong gdtPointer = MemoryLayout.ImagePhysical + HeaderSize + GdtSize;
        WriteUShort(page, HeaderSize + GdtSize, GdtSize - 1);
        WriteUInt(page, HeaderSize + GdtSize + 2, header + HeaderSize);

        byte[] code32 = Code32(gdtPointer, out ulong longEntry);
        byte[] code64 = Code64(kernelEntry, archive);
        code32.CopyTo(page, (int)(Entry - MemoryLayout.ImagePhysical));
        if (longEntry + (ulong)code64.Length > MemoryLayout.KernelPhysical)
            throw new InvalidOperationException("boot trampoline does not fit in its page");
        code64.CopyTo(page, (int)(longEntry - MemoryLayout.ImagePhysical));
        return page;
    }

    private static byte[] Code32(ulong gdtPointer, out ulong longEntry)
    {
        const uint Pml4 = (uint)MemoryLayout.BootPageTables;
        const uint PdptLow = Pml4 + 0x1000;
        const uint PdptHigh = Pml4 + 0x2000;
        const uint Pd = Pml4 + 0x3000; // four directories: 4 GiB in 2 MiB pages
        longEntry = (Entry + 0x200 + 15) & ~15UL;

        var a = new Assembler(32);
        a.cli();
        a.mov(esp, (uint)MemoryLayout.BootStackTop);
        a.mov(esi, ebx); // Multiboot info survives in esi

        // Clear the seven table pages.
        a.mov(edi, Pml4);
        a.mov(ecx, 7 * 1024);
        a.xor(eax, eax);
        a.rep.stosd();

        a.mov(__dword_ptr[Pml4], PdptLow | 3);
        a.mov(__dword_ptr[Pml4 + 256 * 8], PdptLow | 3);
        a.mov(__dword_ptr[Pml4 + 511 * 8], PdptHigh | 3);
        for (uint i = 0; i < 4; i++)
            a.mov(__dword_ptr[PdptLow + i * 8], (Pd + i * 0x1000) | 3);
        a.mov(__dword_ptr[PdptHigh + 510 * 8], Pd | 3);
        a.mov(__dword_ptr[PdptHigh + 511 * 8], (Pd + 0x1000) | 3);

        // 2048 two-MiB entries: present, writable, large page; the high dword carries bit 32+ of the address.
        var fill = a.CreateLabel();
        a.mov(edi, Pd);
        a.mov(eax, 0x83u);
        a.xor(edx, edx);
        a.mov(ecx, 2048);
        a.Label(ref fill);
        a.mov(__dword_ptr[edi], eax);
        a.mov(__dword_ptr[edi + 4], edx);
        a.add(eax, 0x200000);
        a.adc(edx, 0);
        a.add(edi, 8);
        a.dec(ecx);
        a.jnz(fill);

        a.mov(eax, cr4);
        a.or(eax, (1 << 5) | (1 << 9) | (1 << 10)); // PAE, OSFXSR, OSXMMEXCPT
        a.mov(cr4, eax);
        a.mov(eax, Pml4);
        a.mov(cr3, eax);
        a.mov(ecx, 0xC0000080u); // EFER
        a.rdmsr();
        a.or(eax, (1 << 8) | (1 << 11)); // LME, NXE
        a.wrmsr();
        a.mov(eax, cr0);
        a.and(eax, ~(1 << 2)); // no x87 emulation
        a.or(eax, unchecked((int)0x80000003)); // PG, MP, PE
        a.mov(cr0, eax);
        a.lgdt(__[(uint)gdtPointer]);
        a.jmp(0x08, (uint)longEntry);
        return AssembledCode.At(a, Entry);
    }

    private static byte[] Code64(ulong kernelEntry, ulong archive)
    {
        ulong longEntry = (Entry + 0x200 + 15) & ~15UL;
        var a = new Assembler(64);
        a.mov(ax, 0x10);
        a.mov(ds, ax);
        a.mov(es, ax);
        a.mov(ss, ax);
        a.mov(edi, esi); // Multiboot info (physical, zero-extended)
        a.mov(rsi, archive);
        a.mov(rax, kernelEntry);
        a.jmp(rax);
        return AssembledCode.At(a, longEntry);
    }

    private static void WriteUInt(byte[] b, int at, uint v) => BitConverter.TryWriteBytes(b.AsSpan(at), v);

    private static void WriteUShort(byte[] b, int at, ushort v) => BitConverter.TryWriteBytes(b.AsSpan(at), v);

    private static void WriteULong(byte[] b, int at, ulong v) => BitConverter.TryWriteBytes(b.AsSpan(at), v);
}
