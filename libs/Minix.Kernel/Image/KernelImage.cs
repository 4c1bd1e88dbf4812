namespace Minix.Kernel.Core;

/// <summary>
/// The kernel on x86-64: start-up (memory, descriptor tables, interrupt controllers, clock, the boot processes) and
/// the one trap handler every interrupt, exception and trap goes through.
/// </summary>
internal static unsafe class KernelImage
{
    /// <summary>Clock ticks per second.</summary>
    public const int Hz = 100;

    private const ulong InterruptStackSize = 16 * 1024;

    private static readonly nint[] s_placedHandlers = new nint[16];
    private static Microkernel? s_kernel;
    private static ImageMachine? s_machine;
    private static TaskStateSegment* s_tss;
    private static ulong s_root; // what CR3 holds once the first process runs

    [UnmanagedCallersOnly(EntryPoint = "minix_kernel_main")]
    private static void Main(ulong multibootInfo, ulong archive)
    {
        SerialPort.Initialize();
        SerialPort.Write("Minix# kernel starting\n"u8);
        uint* info = (uint*)DirectMap.Virtual(multibootInfo);
        ulong memoryEnd = (info[0] & 1) != 0 ? 0x100000 + (ulong)info[2] * 1024 : 64UL << 20;
        byte[] commandLine = CommandLine(info);

        var archiveHeader = *(BootArchiveHeader*)DirectMap.Virtual(archive);
        var frames = new FrameAllocator(Math.Min(memoryEnd, MemoryLayout.BootMappedBytes));
        frames.Add(archive + archiveHeader.Size, memoryEnd);
        ImageMachine machine = s_machine = new ImageMachine(frames, Cpu.ReadCr3(), archive, archiveHeader.Size);
        if (BootArchiveReader.Open(machine.Archive, out BootArchiveReader reader) is not null)
            Panic("the boot archive is damaged"u8);

        // The boot identity map is no longer needed: dropping it makes page 0 fault in ring 0 too, so a null
        // dereference in a driver placed in the kernel takes the kernel down, as it would have in MINIX 2.
        *(ulong*)DirectMap.Virtual(Cpu.ReadCr3()) = 0;
        Cpu.WriteCr3(Cpu.ReadCr3());
        InstallDescriptorTables(machine);
        machine.Interrupts.Initialize();
        IntervalTimer.Start(Hz);
        machine.Interrupts.Unmask(0);

        machine.CommandLine = commandLine.Length == 0 ? reader.CommandLine.ToArray() : commandLine;
        machine.Stamps = commandLine.Length > 7 && new ReadOnlySpan<byte>(commandLine, commandLine.Length - 7, 7).SequenceEqual(" stamps"u8);
        new Utf8Line(stackalloc byte[Limits.BootCommandLineLength + 32]).Text("kernel: command line: "u8).Text(machine.CommandLine).WriteTo(machine);
        Microkernel kernel = s_kernel = new Microkernel(machine, Hz);
        machine.Attach(kernel);
        var table = new BootImageEntry[reader.Header.ProcessCount];
        for (int i = 0; i < table.Length; i++)
            table[i] = reader.Process(i);
        if (kernel.Boot(table) != Status.Ok)
            Panic("the boot image could not be started"u8);
        new Utf8Line(stackalloc byte[96]).Text("kernel: "u8).Decimal(table.Length).Text(" boot processes, "u8).Decimal((long)(frames.FreePages / 256)).Text(" MiB free"u8).WriteTo(machine);

        *machine.SpaceOf(kernel.IdleTask).Context = TrapFrame.Start(Cpu.IdleLoop(), Stack(machine, InterruptStackSize), kernel: true);
        Cpu.Resume(Switch(kernel, machine));
    }

    /// <summary>Every trap, interrupt and exception: save the interrupted context, let the kernel act, resume what it picks.</summary>
    [System.Runtime.RuntimeExport("minix_kernel_trap"), SkipLocalsInit]
    private static TrapFrame* Trap(TrapFrame* frame)
    {
        Microkernel kernel = s_kernel!;
        ImageMachine machine = s_machine!;
        int vector = (int)frame->Vector;
        if (vector < 32 && !frame->FromUser)
            Fatal(frame);

        // Traps and interrupts save straight into the running process's context; exceptions arrive on a stack of their own.
        Process? running = kernel.Running;
        ProcessSpace? space = running is null ? null : machine.SpaceOf(running);
        if (space is not null && frame != space.Context)
            *space.Context = *frame;

        if (vector >= InterruptController.IrqBase && vector < InterruptController.IrqBase + 16)
        {
            int irq = vector - InterruptController.IrqBase;
            if (irq == 0)
                kernel.Tick();
            // A handler a driver placed in the kernel hooked (MINIX 2) runs here, in interrupt context; false masks the line.
            if (s_placedHandlers[irq] != 0 && !((delegate*<int, bool>)s_placedHandlers[irq])(irq))
                machine.Interrupts.Mask(irq);
            else if (irq != 0 && s_placedHandlers[irq] == 0)
                kernel.Interrupt(irq);
            InterruptController.Acknowledge(irq);
        }
        else if (running is not null && (frame->FromUser || running.Placement == Placement.Kernel))
            ProcessTrap(kernel, machine, space!, running, vector, frame);

        return Switch(kernel, machine);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // one call site: one frame fewer on every trap
    private static void ProcessTrap(Microkernel kernel, ImageMachine machine, ProcessSpace space, Process running, int vector, TrapFrame* frame)
    {
        space.AwaitsResult = vector is TrapVector.Ipc or TrapVector.KernelCall; // false already: it was settled when it was resumed
        if (vector == TrapVector.Ipc) // the common case first, not through the switch's jump table
        {
            kernel.IpcTrap(running, (int)frame->Rdi, (int)frame->Rsi, frame->Rdx);
            return;
        }

        switch (vector)
        {
            case TrapVector.KernelCall:
                kernel.KernelCallTrap(running, frame->Rdi);
                break;
            case TrapVector.Fault:
                kernel.Kill(running, ExitReason.Panic, (int)frame->Rdi, 0, frame->Rip);
                break;
            case TrapVector.DebugWrite:
                DebugWrite(machine, running, frame->Rdi, frame->Rsi);
                break;
            default:
                ulong address = vector == 14 ? Cpu.ReadCr2() : 0;
                kernel.Kill(running, ExitReason.Fault, vector, address, frame->Rip);
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] private static TrapFrame* Switch(Microkernel kernel, ImageMachine machine)
    {
        Process next = kernel.PickNext();
        ProcessSpace space = machine.SpaceOf(next);
        machine.Settle(space, next);
        ulong root = machine.RootOf(space);
        if (s_root != root)
            Cpu.WriteCr3(s_root = root);
        s_tss->Ist1 = (ulong)(space.Context + 1); // where the next trap or interrupt saves it
        return space.Context;
    }

    // The runtime's own messages (a failed assertion, an unhandled exception) come this way: it is DIAGCTL by
    // another road, so it needs DIAGCTL in the caller's call mask.
    private static void DebugWrite(ImageMachine machine, Process process, ulong address, ulong length)
    {
        if (process.Privileges is null || !process.Privileges.Rights.MayCall((int)KernelCall.DiagCtl))
            return;
        Span<byte> text = stackalloc byte[160];
        int n = (int)Math.Min(length, (ulong)text.Length);
        if (machine.Read(process, address, text.Slice(0, n)))
            new Utf8Line(stackalloc byte[360]).Name(process.Name).Text(": "u8).Printable(text.Slice(0, n)).WriteTo(machine);
    }

    private static void InstallDescriptorTables(ImageMachine machine)
    {
        var tss = s_tss = (TaskStateSegment*)DirectMap.Virtual(machine.AllocateZeroed(1));
        tss->Ist2 = Stack(machine, InterruptStackSize);
        tss->Ist3 = Stack(machine, InterruptStackSize);
        tss->IoMapBase = (ushort)sizeof(TaskStateSegment);

        ulong* gdt = (ulong*)DirectMap.Virtual(machine.AllocateZeroed(1));
        Descriptors.FillGdt(new Span<ulong>(gdt, Descriptors.GdtEntries), (ulong)tss, (uint)sizeof(TaskStateSegment) - 1);
        LoadTable(gdt, Descriptors.GdtEntries * 8, isIdt: false);
        Cpu.LoadTaskRegister(Descriptors.TaskState);

        ulong* idt = (ulong*)DirectMap.Virtual(machine.AllocateZeroed(1));
        ulong entries = Cpu.TrapEntries();
        // Double faults on IST3, exceptions on IST2, the rest on IST1 (the running context, set by Switch); only the kernel's trap vectors open to ring 3.
        for (int vector = 0; vector < 256; vector++)
        {
            Descriptors.Gate(entries + (ulong)(vector * 16), ist: vector == 8 ? 3 : vector < 32 ? 2 : 1,
                ring: vector >= TrapVector.First && vector <= TrapVector.Last ? 3 : 0, out idt[vector * 2], out idt[vector * 2 + 1]);
        }

        LoadTable(idt, 256 * 16, isIdt: true);
    }

    private static void LoadTable(void* table, int bytes, bool isIdt)
    {
        byte* descriptor = stackalloc byte[10];
        *(ushort*)descriptor = (ushort)(bytes - 1);
        *(ulong*)(descriptor + 2) = (ulong)table;
        if (isIdt)
            Cpu.LoadIdt(descriptor);
        else
            Cpu.LoadGdt(descriptor);
    }

    private static ulong Stack(ImageMachine machine, ulong bytes) =>
        DirectMap.Virtual(machine.AllocateZeroed(bytes / MemoryLayout.PageSize)) + bytes;

    /// <summary>
    /// The loader's command line without its first word (Multiboot loaders, ours included, put the kernel's file
    /// name there), or empty. A line longer than <see cref="Limits.BootCommandLineLength"/> (the file name may take up
    /// to a page more) stops the boot: a parameter cut off would be lost without a word.
    /// </summary>
    private static byte[] CommandLine(uint* info)
    {
        if ((info[0] & 4) == 0 || info[4] == 0)
            return [];
        byte* text = (byte*)DirectMap.Virtual(info[4]);
        int length = 0;
        while (length <= Limits.BootCommandLineLength + 4096 && text[length] != 0)
            length++;
        var line = new ReadOnlySpan<byte>(text, length);
        int space = line.IndexOf((byte)' ');
        line = space < 0 ? default : line.Slice(space + 1);
        if (line.Length > Limits.BootCommandLineLength || text[length] != 0)
            Panic("the loader's command line is longer than the kernel takes (Limits.BootCommandLineLength, 1024 bytes)"u8);
        return line.ToArray();
    }

    /// <summary>
    /// A kernel call from a driver placed in the kernel: a plain call, no trap (the MINIX 2 way), made with
    /// interrupts off like any kernel entry, on the driver's own stack.
    /// </summary>
    [UnmanagedCallersOnly(EntryPoint = "minix_kernel_direct_call")]
    private static int DirectKernelCall(Message* message)
    {
        Cpu.DisableInterrupts();
        Process caller = s_kernel!.Running!;
        s_kernel.KernelCallTrap(caller, (ulong)message);
        int result = (int)caller.Result;
        Cpu.EnableInterrupts();
        return result;
    }

    /// <summary>A driver placed in the kernel hooks an interrupt line (or, for its watchdog, the clock's): the image builder binds this for kernel placement only.</summary>
    [UnmanagedCallersOnly(EntryPoint = "minix_kernel_set_irq_handler")]
    private static void SetPlacedHandler(int irq, nint handler)
    {
        s_placedHandlers[irq & 15] = handler;
        s_machine!.Interrupts.Unmask(irq & 15);
    }

    /// <summary>The runtime's fault hook in the kernel: a throw, failed bounds check or null reference in kernel code.</summary>
    [UnmanagedCallersOnly(EntryPoint = "minix_fault")]
    private static void RuntimeFault(int kind, char* message, int length)
    {
        new Utf8Line(stackalloc byte[80]).Text("kernel panic: runtime fault "u8).Text(RuntimeFaultKind.Name(kind)).Text(" in kernel code"u8).WriteTo(s_machine!);
        Halt(Microkernel.PanicStatus);
    }

    /// <summary>The runtime's diagnostic output in the kernel: COM1.</summary>
    [UnmanagedCallersOnly(EntryPoint = "minix_debug_write")]
    private static void RuntimeDebugWrite(byte* text, nint length) => SerialPort.Write(new ReadOnlySpan<byte>(text, (int)length));

    // The registers in the order a panic prints them (a TrapFrame stores them the other way round, r15 first).
    private static ReadOnlySpan<byte> RegisterNames => " rax rbx rcx rdx rsi rdi rbp  r8  r9 r10 r11 r12 r13 r14 r15"u8;

    /// <summary>Stops the kernel with a message (no process to blame).</summary>
    public static void Panic(ReadOnlySpan<byte> why)
    {
        SerialPort.Write("kernel panic: "u8);
        SerialPort.Write(why);
        SerialPort.Write("\n"u8);
        Halt(Microkernel.PanicStatus);
    }

    /// <summary>An exception in ring 0: the kernel (or a driver placed in it) is broken. Print everything and stop.</summary>
    private static void Fatal(TrapFrame* frame)
    {
        var line = new Utf8Line(stackalloc byte[200]).Text("kernel panic: "u8).Text(Microkernel.ExceptionName((int)frame->Vector)).Text(" in ring 0 at rip "u8).Hex(frame->Rip);
        if (frame->Vector == 14)
            line = line.Text(", address "u8).Hex(Cpu.ReadCr2());
        line.Text(", error "u8).Hex(frame->Error).WriteTo(s_machine!);
        Process? running = s_kernel?.Running;
        ReadOnlySpan<byte> where = s_machine!.CodeLocation(running, frame->Rip);
        new Utf8Line(stackalloc byte[200]).Text("  in "u8).Text(where).WriteTo(s_machine!);
        ReadOnlySpan<ulong> registers = new(&frame->R15, 15);
        for (int row = 0; row < 15; row += 5)
        {
            var line2 = new Utf8Line(stackalloc byte[200]).Text(" "u8);
            for (int i = row; i < row + 5; i++)
                line2 = line2.Text(RegisterNames.Slice(i * 4, 4)).Text(" "u8).Hex(registers[14 - i]);
            line2.WriteTo(s_machine!);
        }

        // Our assembly stubs (minix_*) have no source line and push nothing before the instruction that can fault, so
        // the top of the stack is the return address into the C# method that called it: name that method and line.
        if (where.Length > 6 && where.Slice(0, 6).SequenceEqual("minix_"u8) && CallerOf(frame->Rsp, out ulong caller))
            new Utf8Line(stackalloc byte[200]).Text("  called from "u8).Text(s_machine!.CodeLocation(running, caller)).WriteTo(s_machine!);
        s_machine!.Shutdown(Microkernel.PanicStatus);
    }

    /// <summary>The return address on top of a faulting ring-0 stack, read only if the current page tables map it.</summary>
    private static bool CallerOf(ulong rsp, out ulong caller)
    {
        caller = 0;
        if ((rsp & 7) != 0 || !s_machine!.Tables.Translate(Cpu.ReadCr3(), rsp, out ulong physical, out _))
            return false;
        caller = *(ulong*)DirectMap.Virtual(physical);
        return true;
    }

    /// <summary>Stops the machine with <paramref name="status"/> (QEMU's debug-exit device), or halts it for good.</summary>
    public static void Halt(int status)
    {
        Cpu.Out8(0xF4, (byte)status);
        while (true)
        {
            Cpu.DisableInterrupts();
            Cpu.Halt();
        }
    }
}
