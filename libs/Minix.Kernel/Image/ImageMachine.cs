using Minix.Ipc;
using Minix.Kernel.Arch;
using Minix.Kernel.Boot;

namespace Minix.Kernel.Core;

/// <summary>
/// The kernel's machine on x86-64: process memory as one physical run per process seen through the direct map,
/// real ports, the 8259s, COM1, and QEMU's debug-exit device for shutdown.
/// </summary>
internal sealed unsafe class ImageMachine : Machine
{
    /// <summary>Stack every process gets at the top of its memory.</summary>
    public const ulong StackSize = 64 * 1024;

    private readonly ulong _archive;
    private readonly ulong _archiveSize;
    private readonly ulong _kernelRoot;
    private readonly ProcessSpace[] _spaces = new ProcessSpace[Microkernel.TaskCount + Microkernel.ProcessSlots];
    public ImageMachine(FrameAllocator frames, ulong kernelRoot, ulong archive, ulong archiveSize)
    {
        Frames = frames;
        Memory = new DirectMap();
        Tables = new PageTable(Memory, frames);
        Interrupts = new InterruptController();
        _kernelRoot = kernelRoot;
        _archive = archive;
        _archiveSize = archiveSize;
        ulong contexts = AllocateZeroed((ulong)(_spaces.Length * TrapFrame.Size + 4095) / 4096);
        for (int i = 0; i < _spaces.Length; i++)
            _spaces[i] = new ProcessSpace { Context = (TrapFrame*)DirectMap.Virtual(contexts + (ulong)(i * TrapFrame.Size)) };
    }

    public FrameAllocator Frames { get; }

    public PhysicalMemory Memory { get; }

    public PageTable Tables { get; }

    public InterruptController Interrupts { get; }

    public ReadOnlySpan<byte> Archive => new ReadOnlySpan<byte>((void*)DirectMap.Virtual(_archive), (int)_archiveSize);

    public ProcessSpace SpaceOf(Process process) => _spaces[process.Slot + Microkernel.TaskCount];

    public ulong RootOf(Process process) => SpaceOf(process).Root != 0 ? SpaceOf(process).Root : _kernelRoot;

    public override int ModuleCount
    {
        get
        {
            BootArchiveReader.Open(Archive, out BootArchiveReader reader);
            return reader.Header.ModuleCount;
        }
    }

    /// <summary>The kernel command line: the loader's, or the image's own when the loader gave none.</summary>
    public byte[] CommandLine { get; set; } = [];

    public override ReadOnlySpan<byte> BootParameters => CommandLine;

    public override ReadOnlySpan<byte> CodeLocation(Process? process, ulong address)
    {
        BootArchiveReader.Open(Archive, out BootArchiveReader reader);
        int offset = reader.SymbolAt(process is null || address >= MemoryLayout.KernelVirtualOffset ? -1 : process.Module, address, out int length);
        return Archive.Slice(offset, length);
    }

    public override ReadOnlySpan<byte> StrayLocation(Process process, ulong address)
    {
        ProcessSpace space = SpaceOf(process);
        if (process.Placement == Placement.Kernel || !space.InUse || (address >= space.Base && address < space.WritableFrom))
            return default;
        return address >= MemoryLayout.DirectMapOffset ? "jumped to a kernel address"u8
            : (long)address >> 47 != 0 ? "jumped to a non-canonical address"u8
            : address >= space.Top - StackSize && address < space.Top ? "executed the stack"u8
            : address >= space.WritableFrom && address < space.Top ? "executed its data"u8
            : "jumped outside its memory"u8;
    }

    public override bool Owns(Process process, ulong address, ulong length, bool writable) => SpaceOf(process).Contains(address, length, writable);

    public override bool Read(Process process, ulong address, Span<byte> destination)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.Contains(address, (ulong)destination.Length, false))
            return false;
        Memory.Bytes(space.PhysicalOf(address), destination.Length).CopyTo(destination);
        return true;
    }

    public override bool Write(Process process, ulong address, ReadOnlySpan<byte> source)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.Contains(address, (ulong)source.Length, true))
            return false;
        source.CopyTo(Memory.Bytes(space.PhysicalOf(address), source.Length));
        return true;
    }

    public override bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length)
    {
        ProcessSpace source = SpaceOf(from);
        ProcessSpace target = SpaceOf(to);
        if (!source.Contains(fromAddress, length, false) || !target.Contains(toAddress, length, true) || length > int.MaxValue)
            return false;
        Memory.Bytes(source.PhysicalOf(fromAddress), (int)length).CopyTo(Memory.Bytes(target.PhysicalOf(toAddress), (int)length));
        return true;
    }

    public override uint PortIn(int port, int width) => PortInstructions.In((ushort)port, width);

    public override void PortOut(int port, uint value, int width) => PortInstructions.Out((ushort)port, value, width);

    public override void MaskIrq(int irq) => Interrupts.Mask(irq);

    public override void UnmaskIrq(int irq) => Interrupts.Unmask(irq);

    public override void ConsoleWrite(ReadOnlySpan<byte> text) => SerialPort.Write(text);

    /// <summary>
    /// Loads a module into a fresh run of pages: segments, then heap, then the stack at the top. A user process gets
    /// its own address space; a driver placed in the kernel is mapped into the kernel's half, supervisor-only, and
    /// runs in ring 0.
    /// </summary>
    public override Status Load(Process process, int module)
    {
        if (BootArchiveReader.Open(Archive, out BootArchiveReader reader) is not null || (uint)module >= (uint)reader.Header.ModuleCount)
            return Status.InvalidArgument;
        BootModule program = reader.Module(module);
        bool kernel = process.Placement == Placement.Kernel;
        ulong start = kernel ? MemoryLayout.KernelPlacedBase + (ulong)process.Slot * MemoryLayout.KernelPlacedStride : MemoryLayout.UserBase;
        ulong end = start;
        ulong writableFrom = ulong.MaxValue;
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            if (segment.VirtualAddress < start)
                return Status.InvalidArgument;
            end = Math.Max(end, Align(segment.VirtualAddress + segment.MemorySize));
            if ((segment.Access & SegmentAccess.Write) != 0)
                writableFrom = Math.Min(writableFrom, segment.VirtualAddress);
        }

        ulong top = Align(end + program.ExtraMemory + StackSize);
        ulong pages = (top - start) / MemoryLayout.PageSize;
        if (!Frames.Allocate(pages, out ulong physical))
            return Status.OutOfMemory;
        Memory.Bytes(physical, (int)(pages * MemoryLayout.PageSize)).Clear();
        ulong root = _kernelRoot;
        if (!kernel && !Tables.CreateRoot(_kernelRoot, out root))
        {
            Frames.Free(physical, pages);
            return Status.OutOfMemory;
        }

        ProcessSpace space = SpaceOf(process);
        space.Root = kernel ? 0 : root;
        space.Base = start;
        space.Physical = physical;
        space.Pages = pages;
        space.Top = top;
        space.WritableFrom = Math.Min(writableFrom, end);
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            reader.Bytes(segment).CopyTo(Memory.Bytes(space.PhysicalOf(segment.VirtualAddress), (int)segment.FileSize));
        }

        PageFlags ring = kernel ? PageFlags.None : PageFlags.User;
        for (ulong page = 0; page < pages; page++)
        {
            ulong address = start + page * MemoryLayout.PageSize;
            if (!Tables.Map(root, address, physical + page * MemoryLayout.PageSize, ring | Access(reader, program, address, end)))
            {
                Unload(process);
                return Status.OutOfMemory;
            }
        }

        *space.Context = TrapFrame.Start(program.Entry, top, kernel);
        space.AwaitsResult = false;
        return Status.Ok;
    }

    public override void Unload(Process process)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.InUse)
            return;
        if (space.Root != 0)
            Tables.FreeUserHalf(space.Root);
        Frames.Free(space.Physical, space.Pages);
        space.Root = space.Physical = space.Pages = space.Top = 0;
        space.AwaitsResult = false;
    }

    public override void Shutdown(int status)
    {
        new Utf8Line(stackalloc byte[64]).Text("kernel: halting, status "u8).Decimal(status).WriteTo(this);
        Cpu.Out8(0xF4, (byte)status);
        while (true)
        {
            Cpu.DisableInterrupts();
            Cpu.Halt();
        }
    }

    private ulong AllocateZeroed(ulong pages)
    {
        if (!Frames.Allocate(pages, out ulong start))
            KernelImage.Panic("out of memory at boot"u8);
        Memory.Bytes(start, (int)(pages * MemoryLayout.PageSize)).Clear();
        return start;
    }

    private static PageFlags Access(BootArchiveReader reader, in BootModule program, ulong address, ulong heapStart)
    {
        if (address >= heapStart)
            return PageFlags.Writable | PageFlags.NoExecute;
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            if (address >= segment.VirtualAddress && address < segment.VirtualAddress + segment.MemorySize)
            {
                PageFlags flags = PageFlags.None;
                if ((segment.Access & SegmentAccess.Write) != 0)
                    flags |= PageFlags.Writable;
                if ((segment.Access & SegmentAccess.Execute) == 0)
                    flags |= PageFlags.NoExecute;
                return flags;
            }
        }

        return PageFlags.NoExecute; // a gap between segments: readable zeros
    }

    private static ulong Align(ulong value) => (value + MemoryLayout.PageSize - 1) & ~(MemoryLayout.PageSize - 1);
}
