using System.Buffers.Binary;
using Iced.Intel;
using Minix.Build.Elf;
using Minix.Build.Linking;
using Minix.Build.Stubs;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Tests;

/// <summary>The linker's public API on small hand-made objects: kernel and process layouts, stubs, errors.</summary>
public sealed class LinkerTests
{
    private const ulong KernelBase = 0xFFFFFFFF80000000UL + 0x100000;

    // kmain: call minix_cpu_cli; mov rax, [rip+counter]; ret   -- with a data word pointing back at kmain.
    private static ElfObject KernelObject()
    {
        var text = new byte[] { 0xE8, 0, 0, 0, 0, 0x48, 0x8B, 0x05, 0, 0, 0, 0, 0xC3 };
        return new TestObjectBuilder { Text = text, Data = new byte[16] }
            .Define("kmain", TestObjectBuilder.TextSection, 0, (ulong)text.Length)
            .Define("counter", TestObjectBuilder.DataSection, 8, 8, function: false)
            .Undefined("minix_cpu_cli")
            .Relocate(TestObjectBuilder.TextSection, 1, RelocationKind.Plt32, "minix_cpu_cli", -4)
            .Relocate(TestObjectBuilder.TextSection, 8, RelocationKind.PcRelative32, "counter", -4)
            .Relocate(TestObjectBuilder.DataSection, 0, RelocationKind.Absolute64, "kmain", 0)
            .Build("kernel.o");
    }

    /// <summary>Links <paramref name="objects"/> as a process at 0x400000, which must fail: every error found.</summary>
    private static IReadOnlyList<LinkError> LinkErrors(string entry, params ElfObject[] objects)
    {
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = entry, Objects = [.. objects] };
        return Assert.Throws<LinkException>(() => ImageLinker.Link(request)).Errors;
    }

    private static CodeBlob KernelEntry() => new("kernel_entry", "arch entry: set up a stack, call kmain, halt", (a, symbols) =>
    {
        var halt = a.CreateLabel();
        a.AddInstruction(Instruction.Create(Code.Lea_r64_m, Register.RSP, new MemoryOperand(Register.RIP, (long)(symbols.AddressOf("boot_stack") + 16384))));
        a.call(symbols.AddressOf("kmain"));
        a.Label(ref halt);
        a.hlt();
        a.jmp(halt);
    }, Keep: true);

    [Fact]
    public void KernelLinksAtHighAddressWithArchCodeAndStubs()
    {
        var request = new LinkRequest { BaseAddress = KernelBase, EntrySymbol = "kernel_entry" };
        request.Objects.Add(KernelObject());
        request.Code.Add(KernelEntry());
        request.Data.Add(new DataBlob("boot_stack", "boot stack", 16384) { Alignment = 16 });
        ImageTarget.Kernel("kernel_entry").Apply(request);

        var image = ImageLinker.Link(request);

        Assert.Equal(image.Symbols.Find("kernel_entry")!.Address, image.EntryPoint);
        Assert.All(image.Segments, s => Assert.True(s.VirtualAddress >= KernelBase));
        Assert.Equal(KernelBase, image.Segments[0].VirtualAddress);
        ulong kmain = image.Symbols.Find("kmain")!.Address;
        ulong cli = image.Symbols.Find("minix_cpu_cli")!.Address;

        // The PLT32 call lands on the Iced stub, which is exactly cli; ret.
        int rel = BinaryPrimitives.ReadInt32LittleEndian(image.Read(kmain + 1, 4));
        Assert.Equal(cli, kmain + 5 + (ulong)(long)rel);
        Assert.Equal(new byte[] { 0xFA, 0xC3 }, image.Read(cli, 2));

        // The absolute pointer in .data holds kmain's high address.
        ulong data = image.Segments.Single(s => s.Name == "data").VirtualAddress;
        Assert.Equal(kmain, BinaryPrimitives.ReadUInt64LittleEndian(image.Read(data, 8)));

        // Unreferenced stubs are not placed; referenced ones and kept blobs are.
        Assert.Null(image.Symbols.Find("minix_cpu_in8"));
        Assert.NotNull(image.Symbols.Find("boot_stack"));
        Assert.Contains("kernel_entry", image.Symbols.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void UserProcessLinksAtFixedAddressWithTrapStubs()
    {
        var text = new byte[] { 0xE8, 0, 0, 0, 0, 0xC3 };
        var obj = new TestObjectBuilder { Text = text }
            .Define("start", TestObjectBuilder.TextSection, 0, 6)
            .Undefined("minix_ipc_trap")
            .Relocate(TestObjectBuilder.TextSection, 1, RelocationKind.Plt32, "minix_ipc_trap", -4)
            .Build("driver.o");
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = "start" };
        request.Objects.Add(obj);
        ImageTarget.UserProcess("start", heapSize: 1 << 20).Apply(request);

        var image = ImageLinker.Link(request);

        Assert.Equal(0x400000UL, image.EntryPoint);
        Assert.Equal(new byte[] { 0xCD, 0x21, 0xC3 }, image.Read(image.Symbols.Find("minix_ipc_trap")!.Address, 3));
        var bytes = ElfExecutableWriter.Write(image);
        Assert.Equal(0x400000UL, BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(24)));
    }

    [Fact]
    public void An_elf_file_with_a_source_map_has_a_program_header_saying_where_it_is_loaded()
    {
        var text = new byte[] { 0xC3 };
        var obj = new TestObjectBuilder { Text = text }.Define("start", TestObjectBuilder.TextSection, 0, 1).Build("program.o");
        var request = new LinkRequest { BaseAddress = 0x400000, EntrySymbol = "start" };
        request.Objects.Add(obj);
        ImageTarget.UserProcess("start", heapSize: 1 << 20).Apply(request);
        Assert.DoesNotContain(Headers(ElfExecutableWriter.Write(ImageLinker.Link(request))), h => BinaryPrimitives.ReadUInt32LittleEndian(h) == ElfExecutableWriter.SourceMapHeaderType);
        ImageTarget.AddSourceMap(request);

        var image = ImageLinker.Link(request);
        var headers = Headers(ElfExecutableWriter.Write(image));

        // A PT_LOAD per segment, the stack's, and the map's.
        Assert.Equal(image.Segments.Count + 2, headers.Count);
        byte[] map = Assert.Single(headers, h => BinaryPrimitives.ReadUInt32LittleEndian(h) == ElfExecutableWriter.SourceMapHeaderType);
        MapEntry symbol = image.Symbols.Find(RuntimeConfigurationStubs.SourceMapSymbol)!;
        Assert.Equal(symbol.Address, BinaryPrimitives.ReadUInt64LittleEndian(map.AsSpan(16)));
        Assert.Equal(symbol.Size, BinaryPrimitives.ReadUInt64LittleEndian(map.AsSpan(40)));
        // Inside what the loadable segments map, so the process manager finds it in the process's memory.
        Assert.Contains(image.Segments, s => symbol.Address >= s.VirtualAddress && symbol.Address + symbol.Size <= s.VirtualAddress + s.MemorySize);
    }

    private static List<byte[]> Headers(byte[] elf) =>
        Enumerable.Range(0, BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(56))).Select(i => elf.AsSpan(64 + i * 56, 56).ToArray()).ToList();

    [Fact]
    public void UnsupportedRelocationIsRejectedNamingObjectSectionOffsetAndSymbol()
    {
        var obj = new TestObjectBuilder { Text = new byte[16] }
            .Define("f", TestObjectBuilder.TextSection, 0, 16)
            .Define("table", TestObjectBuilder.TextSection, 8, 8, function: false)
            .Relocate(TestObjectBuilder.TextSection, 4, RelocationKind.Absolute32Signed, "table")
            .Build("odd.o");
        var e = Assert.Single(LinkErrors("f", obj));
        Assert.Equal(LinkErrorKind.UnsupportedRelocation, e.Kind);
        Assert.Contains("R_X86_64_32S", e.Message, StringComparison.Ordinal);
        Assert.Contains("odd.o", e.Message, StringComparison.Ordinal);
        Assert.Contains("section .text", e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 0x4", e.Message, StringComparison.Ordinal);
        Assert.Contains("'table'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingHelperNamesSymbolAndFeature()
    {
        var obj = new TestObjectBuilder { Text = new byte[] { 0xE8, 0, 0, 0, 0, 0xC3 } }
            .Define("f", TestObjectBuilder.TextSection, 0, 6)
            .Undefined("RhpInitialDynamicInterfaceDispatch")
            .Relocate(TestObjectBuilder.TextSection, 1, RelocationKind.Plt32, "RhpInitialDynamicInterfaceDispatch", -4)
            .Build("calls.o");
        var e = Assert.Single(LinkErrors("f", obj));

        Assert.Equal(LinkErrorKind.UndefinedSymbol, e.Kind);
        Assert.Contains("RhpInitialDynamicInterfaceDispatch", e.Message, StringComparison.Ordinal);
        Assert.Contains("interface method call on a class", e.Message, StringComparison.Ordinal);
        // The analyzer's rule for the same thing, from the one shared list.
        Assert.Contains("[MINIX106: Call through an interface on the image;", e.Message, StringComparison.Ordinal);
        Assert.Contains("calls.o section .text offset 0x1 (in f+0x1)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreadLocalReferenceIsAnError()
    {
        var obj = new TestObjectBuilder { Text = new byte[8], ThreadData = new byte[8] }
            .Define("f", TestObjectBuilder.TextSection, 0, 8)
            .Define("tls_counter", TestObjectBuilder.ThreadDataSection, 0, 8, function: false)
            .Relocate(TestObjectBuilder.TextSection, 0, RelocationKind.Absolute64, "tls_counter")
            .Build("tls.o");
        var e = Assert.Single(LinkErrors("f", obj));

        Assert.Equal(LinkErrorKind.DroppedSectionReferenced, e.Kind);
        Assert.Contains("ThreadStatic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateAndMissingEntryAreReported()
    {
        ElfObject Make(string name) => new TestObjectBuilder { Text = new byte[1] }.Define("same", TestObjectBuilder.TextSection, 0, 1).Build(name);
        var errors = LinkErrors("nowhere", Make("a.o"), Make("b.o"));

        Assert.Contains(errors, e => e.Kind == LinkErrorKind.DuplicateSymbol && e.Message.Contains("a.o and b.o", StringComparison.Ordinal));
    }

    [Fact]
    public void PcRelativeOverflowIsReported()
    {
        var obj = new TestObjectBuilder { Text = new byte[] { 0xE8, 0, 0, 0, 0, 0xC3 } }
            .Define("f", TestObjectBuilder.TextSection, 0, 6)
            .Undefined("kernel_panic")
            .Relocate(TestObjectBuilder.TextSection, 1, RelocationKind.PcRelative32, "kernel_panic", -4)
            .Build("user.o");
        var kernel = new TestObjectBuilder { Text = new byte[1] }
            .Define("kernel_panic", ElfSymbol.AbsoluteSection, 0xFFFFFFFF80001000UL)
            .Build("kernel-symbols.o");
        var e = Assert.Single(LinkErrors("f", obj, kernel));

        Assert.Equal(LinkErrorKind.RelocationOverflow, e.Kind);
        Assert.Contains("kernel_panic", e.Message, StringComparison.Ordinal);
    }
}
