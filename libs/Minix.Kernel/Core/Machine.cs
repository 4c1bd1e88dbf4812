namespace Minix.Kernel.Core;

/// <summary>
/// What the kernel needs from the hardware, and nothing more: process memory, ports, the interrupt controller, the
/// console, process creation and power-off. The image implements it on x86-64; the host test harness implements
/// it with a simulated machine, so both run the same kernel code.
/// </summary>
[KernelInternal]
public abstract class Machine
{
    /// <summary>Creates the machine; the image and the host simulator each derive their own.</summary>
    protected Machine()
    {
    }

    /// <summary>Whether <paramref name="length"/> bytes at <paramref name="address"/> all belong to the process (and are writable, if asked).</summary>
    /// <param name="process">The process.</param>
    /// <param name="address">Address in its address space.</param>
    /// <param name="length">Bytes.</param>
    /// <param name="writable">Whether the process must be able to write them.</param>
    /// <returns>Whether the range is the process's.</returns>
    public abstract bool Owns(Process process, ulong address, ulong length, bool writable);

    /// <summary>Copies from a process's memory; false if any byte of the range is not the process's.</summary>
    /// <param name="process">The process.</param>
    /// <param name="address">Address in its address space.</param>
    /// <param name="destination">Where to copy to.</param>
    /// <returns>Whether the whole range was readable.</returns>
    public abstract bool Read(Process process, ulong address, Span<byte> destination);

    /// <summary>Copies into a process's memory; false (and nothing written) if any byte of the range is not the process's.</summary>
    /// <param name="process">The process.</param>
    /// <param name="address">Address in its address space.</param>
    /// <param name="source">What to copy.</param>
    /// <returns>Whether the whole range was writable.</returns>
    public abstract bool Write(Process process, ulong address, ReadOnlySpan<byte> source);

    /// <summary>Copies between two processes' memory; false (nothing copied) if either range is not theirs.</summary>
    /// <param name="from">Source process.</param>
    /// <param name="fromAddress">Source address.</param>
    /// <param name="to">Destination process.</param>
    /// <param name="toAddress">Destination address.</param>
    /// <param name="length">Bytes.</param>
    /// <param name="intoReadOnly">Also write pages the destination may only read (loading a program's text).</param>
    /// <returns>Whether both ranges were valid.</returns>
    public abstract bool Copy(Process from, ulong fromAddress, Process to, ulong toAddress, ulong length, bool intoReadOnly = false);

    /// <summary>Copies a message between two processes, stamped with its true source; false if either buffer is not theirs.</summary>
    /// <param name="from">The sender.</param>
    /// <param name="fromAddress">The sender's buffer.</param>
    /// <param name="to">The receiver.</param>
    /// <param name="toAddress">The receiver's buffer.</param>
    /// <param name="source">The endpoint the receiver sees in <see cref="Message.Source"/>.</param>
    /// <returns>Whether both buffers were valid.</returns>
    public virtual bool CopyMessage(Process from, ulong fromAddress, Process to, ulong toAddress, Endpoint source)
    {
        var message = default(Message);
        Span<byte> bytes = MemoryMarshal.AsBytes(new Span<Message>(ref message));
        bool read = Read(from, fromAddress, bytes);
        message.Source = source;
        return read && Write(to, toAddress, bytes);
    }

    /// <summary>Reads a port.</summary>
    /// <param name="port">The port.</param>
    /// <param name="width">1, 2 or 4 bytes.</param>
    /// <returns>The value.</returns>
    public abstract uint PortIn(int port, int width);

    /// <summary>Writes a port.</summary>
    /// <param name="port">The port.</param>
    /// <param name="value">The value.</param>
    /// <param name="width">1, 2 or 4 bytes.</param>
    public abstract void PortOut(int port, uint value, int width);

    /// <summary>Masks an IRQ line at the interrupt controller.</summary>
    /// <param name="irq">The line.</param>
    public abstract void MaskIrq(int irq);

    /// <summary>Unmasks an IRQ line.</summary>
    /// <param name="irq">The line.</param>
    public abstract void UnmaskIrq(int irq);

    /// <summary>Writes kernel log text to the console.</summary>
    /// <param name="text">UTF-8 text.</param>
    public abstract void ConsoleWrite(ReadOnlySpan<byte> text);

    /// <summary>Gives <paramref name="process"/> a fresh address space running boot module <paramref name="module"/>.</summary>
    /// <param name="process">The (already initialised) process entry.</param>
    /// <param name="module">The module index.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> for a bad module, <see cref="Status.OutOfMemory"/>.</returns>
    public abstract Status Load(Process process, int module);

    /// <summary>
    /// Gives <paramref name="child"/> a copy of <paramref name="parent"/>'s address space and registers (fork); the
    /// child's pending trap result is the parent's. The child's table entry is already filled in, waiting for the same
    /// reply as the parent at the same buffer; a machine without real address spaces may give it a buffer of its own.
    /// </summary>
    /// <param name="parent">The process forking.</param>
    /// <param name="child">A new entry with no memory yet.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.OutOfMemory"/> (the child then has no memory), <see cref="Status.NotImplemented"/> where the machine cannot fork.</returns>
    public abstract Status Fork(Process parent, Process child);

    /// <summary>
    /// Replaces <paramref name="process"/>'s memory with a new zeroed image of <paramref name="segments"/> and a stack of
    /// <paramref name="stackSize"/> bytes; the old image is freed only once the new one exists.
    /// </summary>
    /// <param name="process">A user process.</param>
    /// <param name="segments">The new image's segments (page-aligned, not sharing pages).</param>
    /// <param name="stackSize">Stack bytes below the stack top.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.InvalidArgument"/> for a bad layout, <see cref="Status.OutOfMemory"/>.</returns>
    public abstract Status Exec(Process process, ReadOnlySpan<ExecSegment> segments, ulong stackSize);

    /// <summary>Sets where <paramref name="process"/> resumes: a fresh register set with this instruction and stack pointer.</summary>
    /// <param name="process">The process.</param>
    /// <param name="instruction">The instruction pointer.</param>
    /// <param name="stack">The stack pointer.</param>
    public abstract void Restart(Process process, ulong instruction, ulong stack);

    /// <summary>Grows (or shrinks) the end of <paramref name="process"/>'s data to <paramref name="end"/> (brk); zero asks where it is.</summary>
    /// <param name="process">The process.</param>
    /// <param name="end">The new end, or 0.</param>
    /// <returns>The end of the data after the call (short of <paramref name="end"/> if memory ran out or it would reach the limit).</returns>
    public abstract ulong SetBreak(Process process, ulong end);

    /// <summary>Maps <paramref name="length"/> bytes of physical memory at <paramref name="physical"/> into <paramref name="process"/> (the caller checked it may).</summary>
    /// <param name="process">The process.</param>
    /// <param name="physical">Page-aligned physical address.</param>
    /// <param name="length">Bytes (rounded up to pages).</param>
    /// <param name="writable">Whether the process may write it.</param>
    /// <param name="address">Where it appears in the process.</param>
    /// <returns><see cref="Status.Ok"/> or <see cref="Status.OutOfMemory"/>.</returns>
    public abstract Status MapPhysical(Process process, ulong physical, ulong length, bool writable, out ulong address);

    /// <summary>
    /// Saves <paramref name="process"/>'s registers (with the result of a call it was in) in a signal frame on its own
    /// stack, and starts it at <paramref name="entry"/> with the signal in the first argument register, the frame's
    /// address in the second and <paramref name="handler"/> in the third.
    /// </summary>
    /// <param name="process">A user process.</param>
    /// <param name="header">The frame's header (the machine sets its magic number).</param>
    /// <param name="entry">The program's signal entry.</param>
    /// <param name="handler">The handler the entry calls.</param>
    /// <param name="frame">Where the frame went.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.BadAddress"/> when its stack has no room.</returns>
    public abstract Status PushSignal(Process process, in SignalFrame header, ulong entry, ulong handler, out ulong frame);

    /// <summary>Restores the registers a signal frame in <paramref name="process"/> holds, refusing any that would leave user mode.</summary>
    /// <param name="process">A user process.</param>
    /// <param name="frame">The frame's address in it.</param>
    /// <param name="mask">The signal mask the frame held.</param>
    /// <returns><see cref="Status.Ok"/>, <see cref="Status.BadAddress"/>, or <see cref="Status.InvalidArgument"/> for a frame the kernel did not make or whose registers are not a user process's.</returns>
    public abstract Status PopSignal(Process process, ulong frame, out ulong mask);

    /// <summary>Frees a dead process's address space.</summary>
    /// <param name="process">The process.</param>
    public abstract void Unload(Process process);

    /// <summary>How many boot modules the image holds.</summary>
    public abstract int ModuleCount { get; }

    /// <summary>The boot parameters (command line), UTF-8.</summary>
    public abstract ReadOnlySpan<byte> BootParameters { get; }

    /// <summary>The C# method and line at <paramref name="address"/> in <paramref name="process"/>'s code (null: the kernel's), or empty.</summary>
    /// <param name="process">The process, or null for the kernel.</param>
    /// <param name="address">A code address.</param>
    /// <returns>UTF-8 text.</returns>
    public virtual ReadOnlySpan<byte> CodeLocation(Process? process, ulong address) => default;

    /// <summary>Where a user process's instruction pointer went if not into its own code ("jumped to a kernel address"), else empty.</summary>
    /// <param name="process">The process that faulted.</param>
    /// <param name="address">Its instruction pointer.</param>
    /// <returns>UTF-8 text, or empty when <see cref="CodeLocation"/> can name the function.</returns>
    public virtual ReadOnlySpan<byte> StrayLocation(Process process, ulong address) => default;

    /// <summary>Stops the machine with <paramref name="status"/> (under QEMU: the debug-exit device).</summary>
    /// <param name="status">The exit status.</param>
    public abstract void Shutdown(int status);
}
