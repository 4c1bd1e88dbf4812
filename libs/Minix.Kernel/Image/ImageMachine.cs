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

    public ulong RootOf(Process process) => SpaceOf(process).InUse ? SpaceOf(process).Root : _kernelRoot;

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

    public override bool Owns(Process process, ulong address, ulong length, bool writable) => SpaceOf(process).Contains(address, length, writable);

    public override bool Read(Process process, ulong address, Span<byte> destination)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.Contains(address, (ulong)destination.Length, false))
            return false;
        Memory.Bytes(space.Physical + (address - MemoryLayout.UserBase), destination.Length).CopyTo(destination);
        return true;
    }

    public override bool Write(Process process, ulong address, ReadOnlySpan<byte> source)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.Contains(address, (ulong)source.Length, true))
            return false;
        source.CopyTo(Memory.Bytes(space.Physical + (address - MemoryLayout.UserBase), source.Length));
        return true;
    }

    public override bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length)
    {
        ProcessSpace source = SpaceOf(from);
        ProcessSpace target = SpaceOf(to);
        if (!source.Contains(fromAddress, length, false) || !target.Contains(toAddress, length, true) || length > int.MaxValue)
            return false;
        Memory.Bytes(source.Physical + (fromAddress - MemoryLayout.UserBase), (int)length)
            .CopyTo(Memory.Bytes(target.Physical + (toAddress - MemoryLayout.UserBase), (int)length));
        return true;
    }

    public override uint PortIn(int port, int width) => PortInstructions.In((ushort)port, width);

    public override void PortOut(int port, uint value, int width) => PortInstructions.Out((ushort)port, value, width);

    public override void MaskIrq(int irq) => Interrupts.Mask(irq);

    public override void UnmaskIrq(int irq) => Interrupts.Unmask(irq);

    public override void ConsoleWrite(ReadOnlySpan<byte> text) => SerialPort.Write(text);

    /// <summary>Loads a module into a fresh run of pages: segments, then heap, then the stack at the top.</summary>
    public override Status Load(Process process, int module)
    {
        if (BootArchiveReader.Open(Archive, out BootArchiveReader reader) is not null || (uint)module >= (uint)reader.Header.ModuleCount)
            return Status.InvalidArgument;
        BootModule program = reader.Module(module);
        ulong end = MemoryLayout.UserBase;
        ulong writableFrom = ulong.MaxValue;
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            end = Math.Max(end, Align(segment.VirtualAddress + segment.MemorySize));
            if ((segment.Access & SegmentAccess.Write) != 0)
                writableFrom = Math.Min(writableFrom, segment.VirtualAddress);
        }

        ulong heapStart = end;
        ulong top = Align(heapStart + program.ExtraMemory + StackSize);
        ulong pages = (top - MemoryLayout.UserBase) / MemoryLayout.PageSize;
        ProcessSpace space = SpaceOf(process);
        if (!Frames.Allocate(pages, out ulong physical))
            return Status.OutOfMemory;
        Memory.Bytes(physical, (int)(pages * MemoryLayout.PageSize)).Clear();
        if (!Tables.CreateRoot(_kernelRoot, out ulong root))
        {
            Frames.Free(physical, pages);
            return Status.OutOfMemory;
        }

        space.Root = root;
        space.Physical = physical;
        space.Pages = pages;
        space.Top = top;
        space.WritableFrom = Math.Min(writableFrom, heapStart);
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            reader.Bytes(segment).CopyTo(Memory.Bytes(physical + (segment.VirtualAddress - MemoryLayout.UserBase), (int)segment.FileSize));
        }

        for (ulong page = 0; page < pages; page++)
        {
            ulong address = MemoryLayout.UserBase + page * MemoryLayout.PageSize;
            if (!Tables.Map(root, address, physical + page * MemoryLayout.PageSize, Access(reader, program, address, heapStart)))
            {
                Unload(process);
                return Status.OutOfMemory;
            }
        }

        TrapFrame* context = space.Context;
        *context = default;
        context->FxSave[0] = 0x7F; // x87 control word 0x037f
        context->FxSave[1] = 0x03;
        *(uint*)(context->FxSave + 24) = 0x1F80; // MXCSR: all SSE exceptions masked
        context->Rip = program.Entry;
        context->Cs = Descriptors.UserCode;
        context->Rflags = 0x202;
        context->Rsp = top;
        context->Ss = Descriptors.UserData;
        context->Rdi = heapStart;
        context->Rsi = top - StackSize;
        space.AwaitsResult = false;
        return Status.Ok;
    }

    public override void Unload(Process process)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.InUse)
            return;
        Tables.FreeUserHalf(space.Root);
        Frames.Free(space.Physical, space.Pages);
        space.Root = space.Physical = space.Pages = space.Top = 0;
        space.AwaitsResult = false;
    }

    public override void Shutdown(int status)
    {
        new LogLine(stackalloc byte[64]).Text("kernel: halting, status "u8).Decimal(status).WriteTo(this);
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
            return PageFlags.User | PageFlags.Writable | PageFlags.NoExecute;
        for (int s = 0; s < program.SegmentCount; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            if (address >= segment.VirtualAddress && address < segment.VirtualAddress + segment.MemorySize)
            {
                PageFlags flags = PageFlags.User;
                if ((segment.Access & SegmentAccess.Write) != 0)
                    flags |= PageFlags.Writable;
                if ((segment.Access & SegmentAccess.Execute) == 0)
                    flags |= PageFlags.NoExecute;
                return flags;
            }
        }

        return PageFlags.User | PageFlags.NoExecute; // a gap between segments: readable zeros
    }

    private static ulong Align(ulong value) => (value + MemoryLayout.PageSize - 1) & ~(MemoryLayout.PageSize - 1);
}
