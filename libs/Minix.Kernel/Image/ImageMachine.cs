namespace Minix.Kernel.Core;

/// <summary>
/// The kernel's machine on x86-64: process memory as page tables (every access walks them, so a process's pages need
/// not be contiguous and nothing it names outside them is ever touched), real ports, the 8259s, COM1, and QEMU's
/// debug-exit device for shutdown.
/// </summary>
internal sealed unsafe class ImageMachine : Machine
{
    /// <summary>Stack a boot process gets.</summary>
    public const ulong StackSize = 64 * 1024;

    private const ulong Page = MemoryLayout.PageSize;
    private readonly ulong _archive;
    private readonly ulong _archiveSize;
    private readonly ulong _kernelRoot;

    public ImageMachine(FrameAllocator frames, ulong kernelRoot, ulong archive, ulong archiveSize)
    {
        Frames = frames;
        Tables = new PageTable(Memory, frames);
        _kernelRoot = kernelRoot;
        _archive = archive;
        _archiveSize = archiveSize;
    }

    public FrameAllocator Frames { get; }

    public PhysicalMemory Memory { get; } = new DirectMap();

    public PageTable Tables { get; }

    public InterruptController Interrupts { get; } = new InterruptController();

    public ReadOnlySpan<byte> Archive => new ReadOnlySpan<byte>((void*)DirectMap.Virtual(_archive), (int)_archiveSize);

    // Only Attach sets MachineState, to the slot's own space, before the first process starts: the cast needs no check.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public ProcessSpace SpaceOf(Process process) => Unsafe.As<ProcessSpace>(process.MachineState!);

    /// <summary>Gives every process slot of <paramref name="kernel"/> its space and a page-backed context, once, before it boots.</summary>
    public void Attach(Microkernel kernel)
    {
        ulong contexts = AllocateZeroed((ulong)((Microkernel.TaskCount + Microkernel.ProcessSlots) * TrapFrame.Size + 4095) / 4096);
        for (int i = 0; i < Microkernel.TaskCount + Microkernel.ProcessSlots; i++)
            kernel.ProcessAt(i - Microkernel.TaskCount).MachineState = new ProcessSpace { Context = (TrapFrame*)DirectMap.Virtual(contexts + (ulong)(i * TrapFrame.Size)) };
    }

    public ulong RootOf(ProcessSpace space) => space.Root is ulong root and not 0 ? root : _kernelRoot;

    public override int ModuleCount => BootArchiveReader.Open(Archive, out BootArchiveReader reader) is null ? reader.Header.ModuleCount : 0;

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
        bool mapped = Tables.Translate(SpaceOf(process).Root, address, out _, out PageFlags flags) && (flags & PageFlags.User) != 0;
        return SpaceOf(process).InKernel || (mapped && (flags & PageFlags.NoExecute) == 0) ? default : address >= MemoryLayout.DirectMapOffset ? "jumped to a kernel address"u8
            : !mapped ? "jumped outside its memory"u8 : address < SpaceOf(process).MappedNext ? "executed its data"u8 : "executed the stack"u8;
    }

    public override bool Owns(Process process, ulong address, ulong length, bool writable) =>
        Pages(SpaceOf(process), address, length, writable ? PageFlags.Writable : PageFlags.None, out _);

    public override bool Read(Process process, ulong address, Span<byte> destination)
    {
        fixed (byte* buffer = destination)
            return Move(SpaceOf(process), address, null, (ulong)buffer, (ulong)destination.Length, PageFlags.None);
    }

    public override bool Write(Process process, ulong address, ReadOnlySpan<byte> source)
    {
        fixed (byte* buffer = source)
            return Move(null, (ulong)buffer, SpaceOf(process), address, (ulong)source.Length, PageFlags.Writable);
    }

    public override bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length, bool intoReadOnly = false) =>
        Move(SpaceOf(from), fromAddress, SpaceOf(to), toAddress, length, intoReadOnly ? PageFlags.None : PageFlags.Writable);

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public override bool CopyMessage(Process from, ulong fromAddress, Process to, ulong toAddress, Endpoint source)
    {
        // Within one page on both sides (nearly always): a check each and one 64-byte copy, no buffer in between.
        const ulong LastStart = Page - Message.Size;
        if ((fromAddress & (Page - 1)) > LastStart || (toAddress & (Page - 1)) > LastStart || !Pages(SpaceOf(from), fromAddress, Message.Size, PageFlags.None, out ulong fromKernel)
            || !Pages(SpaceOf(to), toAddress, Message.Size, PageFlags.Writable, out ulong toKernel))
            return base.CopyMessage(from, fromAddress, to, toAddress, source);
        *(Message*)toKernel = *(Message*)fromKernel;
        ((Message*)toKernel)->Source = source;
        return true;
    }

    public override uint PortIn(int port, int width) => PortInstructions.In((ushort)port, width);

    public override void PortOut(int port, uint value, int width) => PortInstructions.Out((ushort)port, value, width);

    public override void MaskIrq(int irq) => Interrupts.Mask(irq);

    public override void UnmaskIrq(int irq) => Interrupts.Unmask(irq);

    /// <summary>
    /// The boot parameter <c>stamps</c> (the last word of the loader's line): every kernel log line starts with the
    /// time-stamp counter (under <c>-icount</c>, guest instructions), for the boot-stage benchmark; a normal boot's
    /// console stays as it was.
    /// </summary>
    public bool Stamps { get; set; }

    public override void ConsoleWrite(ReadOnlySpan<byte> text)
    {
        if (Stamps)
            SerialPort.Write(new Utf8Line(stackalloc byte[32]).Text("@"u8).Decimal((long)Cpu.ReadTimeStampCounter()).Text(" "u8).Written);
        SerialPort.Write(text);
    }

    /// <summary>
    /// Loads a boot module: a user process gets its own address space; a driver placed in the kernel is mapped into
    /// the kernel's half, supervisor-only, and runs in ring 0.
    /// </summary>
    public override Status Load(Process process, int module)
    {
        if (BootArchiveReader.Open(Archive, out BootArchiveReader reader) is not null || (uint)module >= (uint)reader.Header.ModuleCount)
            return Status.InvalidArgument;
        BootModule program = reader.Module(module);
        if ((uint)program.SegmentCount > ExecLayout.MaxSegments)
            return Status.InvalidArgument;
        Span<ExecSegment> segments = stackalloc ExecSegment[program.SegmentCount];
        for (int s = 0; s < segments.Length; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            segments[s] = new ExecSegment { VirtualAddress = segment.VirtualAddress, MemorySize = segment.MemorySize, Access = segment.Access };
        }

        Status status = Exec(process, segments, StackSize + program.ExtraMemory);
        if (status != Status.Ok)
            return status;
        ProcessSpace space = SpaceOf(process);
        for (int s = 0; s < segments.Length; s++)
        {
            BootSegment segment = reader.Segment(program, s);
            ReadOnlySpan<byte> bytes = reader.Bytes(segment);
            fixed (byte* source = bytes)
                Move(null, (ulong)source, space, segment.VirtualAddress, (ulong)bytes.Length, PageFlags.None);
        }

        space.Context->Rip = program.Entry; // Exec left it at the top of its stack
        return Status.Ok;
    }

    public override Status Exec(Process process, ReadOnlySpan<ExecSegment> segments, ulong stackSize)
    {
        bool kernel = process.Placement == Placement.Kernel;
        ulong bottom = kernel ? MemoryLayout.KernelPlacedBase + (ulong)process.Slot * MemoryLayout.KernelPlacedStride : MemoryLayout.UserBase;
        ulong limit = kernel ? bottom + MemoryLayout.KernelPlacedStride : MemoryLayout.UserTop;
        ulong stackTop = kernel ? limit : MemoryLayout.UserStackTop;
        ulong stackBottom = stackTop - Align(stackSize);
        ulong dataLimit = kernel ? stackBottom : MemoryLayout.DataLimit;
        ulong root = _kernelRoot;
        if (stackSize == 0 || stackSize > stackTop - bottom || (!kernel && !Tables.CreateRoot(_kernelRoot, out root)))
            return stackSize == 0 || stackSize > stackTop - bottom ? Status.InvalidArgument : Status.OutOfMemory;
        PageFlags ring = kernel ? PageFlags.None : PageFlags.User;
        ulong end = bottom;
        Status status = Status.Ok;
        for (int s = 0; s < segments.Length && status == Status.Ok; s++)
        {
            ExecSegment segment = segments[s];
            ulong first = segment.VirtualAddress, last = first + segment.MemorySize;
            if (first < bottom || first % Page != 0 || first >= dataLimit || segment.MemorySize > dataLimit - first)
                status = Status.InvalidArgument;
            PageFlags access = ring | ((segment.Access & SegmentAccess.Write) != 0 ? PageFlags.Writable : PageFlags.None)
                | ((segment.Access & SegmentAccess.Execute) == 0 ? PageFlags.NoExecute : PageFlags.None);
            for (ulong page = first; page < last && status == Status.Ok; page += Page)
                status = Tables.MapNew(root, page, access, out _) ? Status.Ok : Tables.Translate(root, page, out _, out _) ? Status.InvalidArgument : Status.OutOfMemory;
            end = Math.Max(end, Align(last));
        }

        for (ulong page = stackBottom; page < stackTop && status == Status.Ok; page += Page)
            status = Tables.MapNew(root, page, ring | PageFlags.Writable | PageFlags.NoExecute, out _) ? Status.Ok : Status.OutOfMemory;
        if (status != Status.Ok)
        {
            if (!kernel)
                Tables.FreeUserHalf(root);
            return status;
        }

        Unload(process);
        ProcessSpace space = SpaceOf(process);
        (space.Root, space.InKernel, space.MappedNext) = (root, kernel, MemoryLayout.MappedMemoryBase);
        (space.Base, space.Limit, space.Break) = (bottom, limit, end);
        Restart(process, 0, stackTop);
        return Status.Ok;
    }

    public override Status Fork(Process parent, Process child)
    {
        ProcessSpace from = SpaceOf(parent), to = SpaceOf(child);
        if (from.InKernel || !from.InUse || !Tables.CreateRoot(_kernelRoot, out ulong root))
            return from.InUse && !from.InKernel ? Status.OutOfMemory : Status.InvalidArgument;
        if (!Tables.CopyUserHalf(from.Root, root))
        {
            Tables.FreeUserHalf(root);
            return Status.OutOfMemory;
        }

        Unload(child);
        (to.Root, to.InKernel, to.AwaitsResult) = (root, false, from.AwaitsResult);
        (to.Base, to.Limit) = (from.Base, from.Limit);
        (to.Break, to.MappedNext) = (from.Break, from.MappedNext);
        *to.Context = *from.Context;
        return Status.Ok;
    }

    public override void Restart(Process process, ulong instruction, ulong stack)
    {
        ProcessSpace space = SpaceOf(process);
        *space.Context = TrapFrame.Start(instruction, stack, space.InKernel);
        space.AwaitsResult = false;
    }

    public override ulong SetBreak(Process process, ulong end)
    {
        ProcessSpace space = SpaceOf(process);
        if (!space.InUse || space.InKernel || end > MemoryLayout.DataLimit)
            return space.Break;
        while (space.Break < end && Tables.MapNew(space.Root, space.Break, PageFlags.User | PageFlags.Writable | PageFlags.NoExecute, out _))
            space.Break += Page;
        return space.Break;
    }

    public override Status MapPhysical(Process process, ulong physical, ulong length, bool writable, out ulong address)
    {
        ProcessSpace space = SpaceOf(process);
        address = space.InKernel ? MemoryLayout.DirectMapOffset + physical : space.MappedNext;
        if (physical >= MemoryLayout.BootMappedBytes || length > MemoryLayout.BootMappedBytes - physical)
            return Status.MemoryNotAllowed; // the kernel reaches a process's memory through its 4 GiB direct map only
        if (space.InKernel || length == 0)
            return Status.Ok; // the kernel's half already sees all of physical memory through the direct map
        PageFlags access = PageFlags.User | PageFlags.NoExecute | (writable ? PageFlags.Writable : PageFlags.None);
        for (ulong offset = 0; offset < length; offset += Page)
        {
            if (!Tables.Map(space.Root, space.MappedNext + offset, physical + offset, access))
                return Status.OutOfMemory;
        }

        space.MappedNext += Align(length) + Page; // a gap, so running off one range faults instead of reading the next
        return Status.Ok;
    }

    public override Status PushSignal(Process process, in SignalFrame header, ulong entry, ulong handler, out ulong frame)
    {
        ProcessSpace space = SpaceOf(process);
        Settle(space, process);
        frame = (space.Context->Rsp - (ulong)sizeof(SignalFrame) - TrapFrame.Size) & ~15UL;
        SignalFrame top = header;
        top.Magic = SignalFrame.ExpectedMagic;
        ulong zero = 0;
        if (!Move(null, (ulong)&top, space, frame, (ulong)sizeof(SignalFrame), PageFlags.Writable)
            || !Move(null, (ulong)space.Context, space, frame + (ulong)sizeof(SignalFrame), TrapFrame.Size, PageFlags.Writable)
            || !Move(null, (ulong)&zero, space, frame - 8, 8, PageFlags.Writable))
            return Status.BadAddress;
        *space.Context = TrapFrame.Start(entry, frame - 8, kernel: false);
        (space.Context->Rdi, space.Context->Rsi, space.Context->Rdx) = ((ulong)header.Signal, frame, handler);
        return Status.Ok;
    }

    public override Status PopSignal(Process process, ulong frame, out ulong mask)
    {
        ProcessSpace space = SpaceOf(process);
        SignalFrame top;
        TrapFrame saved;
        mask = 0;
        if (!Move(space, frame, null, (ulong)&top, (ulong)sizeof(SignalFrame), PageFlags.None)
            || !Move(space, frame + (ulong)sizeof(SignalFrame), null, (ulong)&saved, TrapFrame.Size, PageFlags.None))
            return Status.BadAddress;
        // iretq to a non-canonical address faults in ring 0: only user addresses, user segments and user flags pass.
        if (top.Magic != SignalFrame.ExpectedMagic || space.InKernel || saved.Rip >= MemoryLayout.UserTop || saved.Rsp >= MemoryLayout.UserTop)
            return Status.InvalidArgument;
        TrapFrame start = TrapFrame.Start(saved.Rip, saved.Rsp, kernel: false);
        (saved.Cs, saved.Ss, saved.Rflags) = (start.Cs, start.Ss, (saved.Rflags & 0xDD5) | start.Rflags);
        *(uint*)(saved.FxSave + 24) &= 0xFFFF; // MXCSR: fxrstor of a reserved bit would fault in ring 0
        *space.Context = saved;
        space.AwaitsResult = false;
        mask = top.Mask;
        return Status.Ok;
    }

    /// <summary>Puts the result of the trap <paramref name="process"/> is in into its registers (rax, and rdx for IPC), once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Settle(ProcessSpace space, Process process)
    {
        if (!space.AwaitsResult)
            return;
        TrapFrame* context = space.Context;
        (context->Rax, context->Rdx) = ((ulong)(long)(int)process.Result, (uint)process.ResultIpc.Value);
        space.AwaitsResult = false;
    }

    public override void Unload(Process process)
    {
        ProcessSpace space = SpaceOf(process);
        if (space.InUse && !space.InKernel)
            Tables.FreeUserHalf(space.Root);
        (space.Root, space.LastPage) = (0, default);
        space.AwaitsResult = false;
    }

    public override void Shutdown(int status)
    {
        new Utf8Line(stackalloc byte[64]).Text("kernel: halting, status "u8).Decimal(status).WriteTo(this);
        KernelImage.Halt(status);
    }

    /// <summary>Whether every page of the range is mapped in <paramref name="space"/> with <paramref name="need"/> (and the user bit, outside the kernel); <paramref name="first"/>: the kernel's address of its first byte, so that a copy need not walk the tables again.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] private bool Pages(ProcessSpace space, ulong address, ulong length, PageFlags need, out ulong first)
    {
        ulong offset = address & (Page - 1), bits = (ulong)(need | PageFlags.User | PageFlags.Present);
        first = space.LastPage.Kernel + offset;
        // Within the page last found (a process keeps using one message buffer), its leaf's bits as asked, in one test:
        // the page passed the window checks when it was cached, and a live root's mappings are never removed or narrowed.
        return (length <= Page - offset && (space.LastPage.Page & (bits | ~(Page - 1))) == ((address - offset) | bits))
            || Walk(space, address, length, need | (space.InKernel ? PageFlags.None : PageFlags.User), out first);
    }

    private bool Walk(ProcessSpace space, ulong address, ulong length, PageFlags need, out ulong first)
    {
        first = 0;
        const PageFlags Bits = PageFlags.Present | PageFlags.Writable | PageFlags.User; // cached with the page; user set in the kernel's placement
        bool direct = space.InKernel && address >= MemoryLayout.DirectMapOffset && address < MemoryLayout.KernelPlacedBase; // MAPPHYS's answer in the kernel
        if (!space.InUse || (!direct && (address < space.Base || address > space.Limit || length > space.Limit - address)))
            return false;
        ulong offset = address & (Page - 1);
        for (ulong page = address - offset; page < address + length; page += Page)
        {
            if (!Tables.Translate(space.Root, page, out ulong physical, out PageFlags flags) || (flags & need) != need)
                return false;
            if (first == 0)
                (first, space.LastPage) = (DirectMap.Virtual(physical) + offset, (page | (ulong)(flags & Bits) | (space.InKernel ? 4UL : 0), DirectMap.Virtual(physical)));
        }

        return true;
    }

    /// <summary>
    /// Copies <paramref name="length"/> bytes a page at a time; either side is a process's memory or (null) a kernel
    /// buffer. Nothing is copied unless the source is readable and the destination has <paramref name="need"/> throughout.
    /// </summary>
    private bool Move(ProcessSpace? from, ulong fromAddress, ProcessSpace? to, ulong toAddress, ulong length, PageFlags need)
    {
        (ulong fromFirst, ulong toFirst) = (fromAddress, toAddress);
        if ((from is not null && !Pages(from, fromAddress, length, PageFlags.None, out fromFirst)) || (to is not null && !Pages(to, toAddress, length, need, out toFirst)) || length > int.MaxValue)
            return false;
        // The first chunk (a whole message, unless it straddles a page) is where the checks found it.
        ulong chunk = Chunk(length, fromAddress, toAddress);
        Buffer.MemoryCopy((void*)fromFirst, (void*)toFirst, (long)chunk, (long)chunk);
        for (ulong done = chunk; done < length; done += chunk)
        {
            chunk = Chunk(length - done, fromAddress + done, toAddress + done);
            Buffer.MemoryCopy((void*)Kernel(from, fromAddress + done), (void*)Kernel(to, toAddress + done), (long)chunk, (long)chunk);
        }

        return true;
    }

    private static ulong Chunk(ulong length, ulong from, ulong to) => Math.Min(length, Math.Min(Page - (from & (Page - 1)), Page - (to & (Page - 1))));

    /// <summary>The kernel's address of a byte of <paramref name="space"/> (checked mapped), or the address itself for a kernel buffer.</summary>
    private ulong Kernel(ProcessSpace? space, ulong address) =>
        space is null ? address : Tables.Translate(space.Root, address, out ulong physical, out _) ? DirectMap.Virtual(physical) : 0;

    /// <summary>Zeroed physical pages the kernel keeps for good; running out stops the boot.</summary>
    public ulong AllocateZeroed(ulong pages)
    {
        if (!Frames.Allocate(pages, out ulong start))
            KernelImage.Panic("out of memory at boot"u8);
        Memory.Bytes(start, (int)(pages * MemoryLayout.PageSize)).Clear();
        return start;
    }

    private static ulong Align(ulong value) => (value + Page - 1) & ~(Page - 1);
}
