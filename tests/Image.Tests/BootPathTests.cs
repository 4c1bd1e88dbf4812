using Iced.Intel;
using Minix.Build.Boot;
using Minix.Kernel.Boot;
using static Iced.Intel.AssemblerRegisters;

namespace Image.Tests;

/// <summary>
/// The boot path on its own, before any kernel: a tiny 64-bit payload linked where the kernel goes must be reached
/// in long mode, with the Multiboot information and the boot archive, through both loaders.
/// </summary>
public class BootPathTests
{
    private const byte Status = 0x21;

    [Fact]
    public void A_multiboot_loader_reaches_the_kernel_entry_in_long_mode()
    {
        var run = Qemu.Boot(Image(), rawDisk: false);
        Assert.Contains("long mode: archive MNXB, memory reported", run.Output);
        Assert.Equal(Status, run.GuestStatus);
    }

    [Fact]
    public void Our_bios_boot_sector_and_loader_reach_the_same_entry_from_a_raw_disk()
    {
        var run = Qemu.Boot(BootImageWriter.BiosDisk(Image(), "console=com1"), rawDisk: true);
        Assert.Contains("long mode: archive MNXB, memory reported", run.Output);
        Assert.Contains("cmdline minix.img console=com1", run.Output);
        Assert.Equal(Status, run.GuestStatus);
    }

    private static byte[] Image()
    {
        ulong entry = MemoryLayout.KernelVirtualOffset + MemoryLayout.KernelPhysical;
        var archive = new byte[64];
        BitConverter.TryWriteBytes(archive, BootArchiveHeader.ExpectedMagic);
        byte[] code = Payload(entry);
        var segment = new ImageSegment(entry, code, (ulong)code.Length, SegmentAccess.Read | SegmentAccess.Execute);
        return BootImageWriter.Multiboot([segment], entry, archive);
    }

    // Prints what it finds through COM1 and leaves through the debug-exit device.
    private static byte[] Payload(ulong at)
    {
        var a = new Assembler(64);
        var print = a.CreateLabel();
        var wait = a.CreateLabel();
        var noText = a.CreateLabel();
        var cmdline = a.CreateLabel();
        a.mov(r12, rdi);
        a.mov(r13, rsi);
        Say(a, print, "long mode: archive ");
        for (int i = 0; i < 4; i++)
        {
            a.mov(al, __byte_ptr[r13 + i]);
            a.call(print);
        }

        a.test(__dword_ptr[r12], 1);
        a.jz(noText);
        a.cmp(__dword_ptr[r12 + 8], 1024);
        a.jb(noText);
        Say(a, print, ", memory reported");
        a.Label(ref noText);
        a.test(__dword_ptr[r12], 4);
        var end = a.CreateLabel();
        a.jz(end);
        Say(a, print, "\ncmdline ");
        a.mov(esi, __dword_ptr[r12 + 16]);
        a.Label(ref cmdline);
        a.mov(al, __byte_ptr[rsi]);
        a.test(al, al);
        a.jz(end);
        a.call(print);
        a.inc(rsi);
        a.jmp(cmdline);
        a.Label(ref end);
        a.mov(al, (byte)'\n');
        a.call(print);
        a.mov(al, Status);
        a.@out(0xF4, al);
        a.hlt();

        a.Label(ref print);
        a.mov(bl, al);
        a.mov(dx, 0x3FD);
        a.Label(ref wait);
        a.@in(al, dx);
        a.test(al, 0x20);
        a.jz(wait);
        a.mov(al, bl);
        a.mov(dx, 0x3F8);
        a.@out(dx, al);
        a.ret();

        var writer = new Bytes();
        a.Assemble(writer, at);
        return writer.Data.ToArray();
    }

    private static void Say(Assembler a, Label print, string text)
    {
        foreach (char c in text)
        {
            a.mov(al, (byte)c);
            a.call(print);
        }
    }

    private sealed class Bytes : CodeWriter
    {
        public List<byte> Data { get; } = new();

        public override void WriteByte(byte value) => Data.Add(value);
    }
}
