using Iced.Intel;
using Minix.Kernel.Boot;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Boot;

/// <summary>
/// Our own BIOS boot path, no native tools: a 512-byte boot sector that loads the loader, and a loader that, in
/// unreal mode, reads the image from disk 32 KiB at a time (INT 13h extended reads) to 1 MiB, asks the BIOS how much
/// memory there is, builds a Multiboot information block, switches to 32-bit protected mode and enters the same
/// trampoline a Multiboot loader would.
/// </summary>
public static class BiosLoader
{
    /// <summary>Sectors reserved for the loader after the boot sector.</summary>
    public const int LoaderSectors = 8;

    /// <summary>The first sector of the image on the disk.</summary>
    public const int ImageLba = 1 + LoaderSectors;

    /// <summary>The longest command line the loader carries.</summary>
    public const int MaxCommandLine = 400;

    private const ushort BootSector = 0x7C00;
    private const ushort BootDrive = 0x7DD0;
    private const ushort BootDap = 0x7DE0;

    private const ushort Loader = 0x7E00;
    private const ushort Protected = Loader + 0xD00;   // the loader's 32-bit part
    private const ushort Data = Loader + 0xE00;        // the loader's variables
    private const ushort Gdt = Data;
    private const ushort GdtPointer = Data + 0x18;
    private const ushort Drive = Data + 0x20;
    private const ushort Remaining = Data + 0x22;
    private const ushort Destination = Data + 0x24;
    private const ushort Dap = Data + 0x30;
    private const ushort Text = Data + 0x40;

    private const ushort BufferSegment = 0x2000;
    private const int ChunkSectors = 64;

    /// <summary>The boot sector.</summary>
    /// <returns>512 bytes ending in the 0xAA55 signature.</returns>
    public static byte[] BootSectorCode()
    {
        var a = new Assembler(16);
        var fail = a.CreateLabel();
        a.cli();
        a.xor(ax, ax);
        a.mov(ds, ax);
        a.mov(es, ax);
        a.mov(ss, ax);
        a.mov(sp, BootSector);
        a.sti();
        a.mov(__byte_ptr[BootDrive], dl);
        a.mov(si, BootDap);
        a.mov(ah, 0x42);
        a.@int(0x13);
        a.jc(fail);
        a.mov(dl, __byte_ptr[BootDrive]);
        a.jmp(0, Loader);
        a.Label(ref fail);
        PrintAndHalt(a, "boot: loader read failed");
        byte[] code = AssembledCode.At(a, BootSector);
        if (code.Length > BootDrive - BootSector)
            throw new InvalidOperationException("boot sector code is " + code.Length + " bytes; at most " + (BootDrive - BootSector) + " fit");
        var sector = new byte[512];
        code.CopyTo(sector, 0);
        WriteDap(sector.AsSpan(BootDap - BootSector), LoaderSectors, 0, Loader, 1);
        sector[510] = 0x55;
        sector[511] = 0xAA;
        return sector;
    }

    /// <summary>The loader.</summary>
    /// <param name="imageSectors">Sectors the image occupies.</param>
    /// <param name="commandLine">The kernel command line (ASCII).</param>
    /// <returns><see cref="LoaderSectors"/> sectors.</returns>
    public static byte[] LoaderCode(int imageSectors, string commandLine)
    {
        if (commandLine.Length > MaxCommandLine)
            throw new ArgumentException("command line longer than " + MaxCommandLine + " characters", nameof(commandLine));
        if (imageSectors > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(imageSectors), imageSectors, "image larger than 32 MiB");
        const uint Info = (uint)MemoryLayout.LoaderBootInfo;
        const uint InfoText = Info + 0x100;

        var a = new Assembler(16);
        var chunk = a.CreateLabel();
        var small = a.CreateLabel();
        var copy = a.CreateLabel();
        var done = a.CreateLabel();
        var fail = a.CreateLabel();
        var textCopy = a.CreateLabel();

        a.mov(__byte_ptr[Drive], dl);
        a.@in(al, 0x92); // fast A20
        a.or(al, 2);
        a.and(al, 0xFE);
        a.@out(0x92, al);

        // Unreal mode: load 4 GiB limits into ds and es, then go back to real mode with bases 0.
        a.cli();
        a.lgdt(__[GdtPointer]);
        a.mov(eax, cr0);
        a.or(al, 1);
        a.mov(cr0, eax);
        a.mov(bx, 0x10);
        a.mov(ds, bx);
        a.mov(es, bx);
        a.and(al, 0xFE);
        a.mov(cr0, eax);
        a.xor(ax, ax);
        a.mov(ds, ax);
        a.mov(es, ax);
        a.sti();

        a.Label(ref chunk);
        a.mov(cx, __word_ptr[Remaining]);
        a.test(cx, cx);
        a.jz(done);
        a.cmp(cx, ChunkSectors);
        a.jbe(small);
        a.mov(cx, ChunkSectors);
        a.Label(ref small);
        a.mov(__word_ptr[Dap + 2], cx);
        a.push(cx);
        a.mov(si, Dap);
        a.mov(dl, __byte_ptr[Drive]);
        a.mov(ah, 0x42);
        a.@int(0x13);
        a.pop(cx);
        a.jc(fail);
        a.sub(__word_ptr[Remaining], cx);
        a.movzx(ecx, cx);
        a.add(__dword_ptr[Dap + 8], ecx);

        // Copy the chunk from the buffer to its place above 1 MiB, a dword at a time (32-bit addressing works in unreal mode).
        a.shl(ecx, 7);
        a.mov(esi, (uint)BufferSegment << 4);
        a.mov(edi, __dword_ptr[Destination]);
        a.Label(ref copy);
        a.mov(eax, __dword_ptr[esi]);
        a.mov(__dword_ptr[edi], eax);
        a.add(esi, 4);
        a.add(edi, 4);
        a.dec(ecx);
        a.jnz(copy);
        a.mov(__dword_ptr[Destination], edi);
        a.jmp(chunk);

        a.Label(ref done);
        // Memory above 1 MiB in KiB: E801 gives KiB up to 16 MiB in ax and 64 KiB blocks above it in bx.
        a.mov(ax, 0xE801);
        a.@int(0x15);
        a.movzx(eax, ax);
        a.movzx(ebx, bx);
        a.shl(ebx, 6);
        a.add(eax, ebx);
        a.mov(__dword_ptr[Info + 8], eax);      // mem_upper
        a.mov(__dword_ptr[Info + 4], 640u);     // mem_lower
        a.mov(__dword_ptr[Info + 0], 1u | 4u);  // flags: memory sizes, command line
        a.mov(__dword_ptr[Info + 16], InfoText);
        a.mov(si, Text);
        a.mov(di, (ushort)InfoText);
        a.Label(ref textCopy);
        a.lodsb();
        a.stosb();
        a.test(al, al);
        a.jnz(textCopy);

        a.cli();
        a.lgdt(__[GdtPointer]);
        a.mov(eax, cr0);
        a.or(al, 1);
        a.mov(cr0, eax);
        a.jmp(0x08, (uint)Protected);

        a.Label(ref fail);
        PrintAndHalt(a, "boot: image read failed");
        byte[] code16 = AssembledCode.At(a, Loader);

        var b = new Assembler(32);
        b.mov(ax, 0x10);
        b.mov(ds, ax);
        b.mov(es, ax);
        b.mov(ss, ax);
        b.mov(eax, LongModeTrampoline.MultibootLoaderMagic);
        b.mov(ebx, Info);
        b.mov(ecx, (uint)LongModeTrampoline.Entry);
        b.jmp(ecx);
        byte[] code32 = AssembledCode.At(b, Protected);
        if (code16.Length > Protected - Loader)
            throw new InvalidOperationException("BIOS loader code is " + code16.Length + " bytes; at most " + (Protected - Loader) + " fit");

        var result = new byte[LoaderSectors * 512];
        code16.CopyTo(result, 0);
        code32.CopyTo(result, Protected - Loader);
        Span<byte> data = result.AsSpan(Data - Loader);
        BitConverter.TryWriteBytes(data.Slice(Gdt - Data + 8), 0x00CF9A000000FFFFUL);
        BitConverter.TryWriteBytes(data.Slice(Gdt - Data + 16), 0x00CF92000000FFFFUL);
        BitConverter.TryWriteBytes(data.Slice(GdtPointer - Data), (ushort)23);
        BitConverter.TryWriteBytes(data.Slice(GdtPointer - Data + 2), (uint)Gdt);
        BitConverter.TryWriteBytes(data.Slice(Remaining - Data), (ushort)imageSectors);
        BitConverter.TryWriteBytes(data.Slice(Destination - Data), (uint)MemoryLayout.ImagePhysical);
        WriteDap(data.Slice(Dap - Data), 0, BufferSegment, 0, ImageLba);
        System.Text.Encoding.ASCII.GetBytes(commandLine).CopyTo(data.Slice(Text - Data));
        return result;
    }

    private static void WriteDap(Span<byte> dap, int sectors, ushort segment, ushort offset, ulong lba)
    {
        dap[0] = 16;
        BitConverter.TryWriteBytes(dap.Slice(2), (ushort)sectors);
        BitConverter.TryWriteBytes(dap.Slice(4), offset);
        BitConverter.TryWriteBytes(dap.Slice(6), segment);
        BitConverter.TryWriteBytes(dap.Slice(8), lba);
    }

    // Prints through the BIOS one character at a time (no data needed) and halts.
    private static void PrintAndHalt(Assembler a, string message)
    {
        foreach (char c in message + "\r\n")
        {
            a.mov(ah, 0x0E);
            a.mov(al, (byte)c);
            a.@int(0x10);
        }

        var halt = a.CreateLabel();
        a.Label(ref halt);
        a.cli();
        a.hlt();
        a.jmp(halt);
    }
}
