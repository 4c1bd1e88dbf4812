using Minix.Ipc;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_FORK: a copy of <paramref name="parent"/> (waiting for the caller's reply) in a new slot, waiting for the caller's reply too.</summary>
    /// <param name="parent">The process that forks.</param>
    /// <param name="slot">The free slot the child takes, or -1 for any.</param>
    /// <param name="child">The new process.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Fork)]
    public static Status Fork(Endpoint parent, int slot, out Endpoint child)
    {
        Status status = Call(KernelCall.Fork, new ForkRequest { Parent = parent, Slot = slot }, out Message reply);
        child = status == Status.Ok ? reply.Payload<ForkReply>().Child : Endpoint.None;
        return status;
    }

    /// <summary>SYS_EXEC NewImage: replaces <paramref name="target"/>'s memory with the zeroed image <paramref name="layout"/> describes.</summary>
    /// <param name="target">A process waiting for the caller's reply.</param>
    /// <param name="layout">The new image's segments, stack and name.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Exec)]
    public static unsafe Status ExecNewImage(Endpoint target, in ExecLayout layout)
    {
        fixed (ExecLayout* address = &layout)
            return Call(KernelCall.Exec, new ExecRequest { Target = target, Operation = ExecOperation.NewImage, Layout = (ulong)address });
    }

    /// <summary>SYS_EXEC Start: <paramref name="target"/> runs its new image from <paramref name="entry"/> with stack pointer <paramref name="stackPointer"/>.</summary>
    /// <param name="target">The process.</param>
    /// <param name="entry">Where it starts.</param>
    /// <param name="stackPointer">Its initial stack pointer.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Exec)]
    public static Status ExecStart(Endpoint target, ulong entry, ulong stackPointer) =>
        Call(KernelCall.Exec, new ExecRequest { Target = target, Operation = ExecOperation.Start, Entry = entry, StackPointer = stackPointer });

    /// <summary>SYS_VIRCOPY: copies <paramref name="length"/> bytes between the caller (<see cref="Endpoint.Self"/>) and processes it manages.</summary>
    /// <param name="source">Whose memory to read.</param>
    /// <param name="sourceAddress">Where.</param>
    /// <param name="destination">Whose memory to write.</param>
    /// <param name="destinationAddress">Where.</param>
    /// <param name="length">Bytes.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.VirCopy)]
    public static Status VirCopy(Endpoint source, ulong sourceAddress, Endpoint destination, ulong destinationAddress, ulong length) =>
        Call(KernelCall.VirCopy, new VirCopyRequest { Source = source, SourceAddress = sourceAddress, Destination = destination, DestinationAddress = destinationAddress, Length = length });

    /// <summary>SYS_BRK: moves the end of <paramref name="target"/>'s data to <paramref name="end"/> (0: only ask).</summary>
    /// <param name="target">The process.</param>
    /// <param name="end">The new end, or 0.</param>
    /// <param name="actual">The end now.</param>
    /// <returns>The call's status (<see cref="Status.OutOfMemory"/> if it could not reach <paramref name="end"/>).</returns>
    [UsesKernelCall(KernelCall.Brk)]
    public static Status Brk(Endpoint target, ulong end, out ulong actual)
    {
        Status status = Call(KernelCall.Brk, new BrkRequest { Target = target, End = end }, out Message reply);
        actual = reply.Payload<BrkReply>().End;
        return status;
    }

    /// <summary>SYS_GETKSIG: the next process with signals from the kernel.</summary>
    /// <param name="signals">The process, its signals and its fault, if any.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.NotFound"/> when none is left.</returns>
    [UsesKernelCall(KernelCall.GetKSig)]
    public static Status GetKernelSignals(out GetKSigReply signals)
    {
        var message = new Message(MessageType.KernelCallBase + (int)KernelCall.GetKSig);
        Status status = Messaging.KernelCall(ref message);
        signals = message.Payload<GetKSigReply>();
        return status;
    }

    /// <summary>SYS_ENDKSIG: done with <paramref name="process"/>'s kernel signals; it may run again.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.EndKSig)]
    public static Status EndKernelSignals(Endpoint process) => Call(KernelCall.EndKSig, new EndKSigRequest { Process = process });

    /// <summary>SYS_SIGSEND: <paramref name="target"/> runs <paramref name="handler"/> for <paramref name="signal"/> through its signal entry.</summary>
    /// <param name="target">The process.</param>
    /// <param name="signal">The signal.</param>
    /// <param name="entry">The program's signal entry.</param>
    /// <param name="handler">The handler.</param>
    /// <param name="mask">The signal mask to restore afterwards.</param>
    /// <param name="frame">Where the frame went.</param>
    /// <returns>The call's status (<see cref="Status.BadAddress"/>: its stack had no room).</returns>
    [UsesKernelCall(KernelCall.SigSend)]
    public static Status SignalSend(Endpoint target, Signal signal, ulong entry, ulong handler, ulong mask, out ulong frame)
    {
        Status status = Call(KernelCall.SigSend, new SigSendRequest { Target = target, Signal = signal, Entry = entry, Handler = handler, Mask = mask }, out Message reply);
        frame = reply.Payload<SigSendReply>().Frame;
        return status;
    }

    /// <summary>SYS_SIGRETURN: <paramref name="target"/> resumes with the registers its frame at <paramref name="frame"/> holds.</summary>
    /// <param name="target">The process.</param>
    /// <param name="frame">The frame's address.</param>
    /// <param name="mask">The signal mask the frame held.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.SigReturn)]
    public static Status SignalReturn(Endpoint target, ulong frame, out ulong mask)
    {
        Status status = Call(KernelCall.SigReturn, new SigReturnRequest { Target = target, Frame = frame }, out Message reply);
        mask = reply.Payload<SigReturnReply>().Mask;
        return status;
    }

    /// <summary>SYS_KILL with a signal: raises <paramref name="signal"/> for a user process; its process manager decides what it does.</summary>
    /// <param name="target">The process.</param>
    /// <param name="signal">The signal.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Kill)]
    public static Status RaiseSignal(Endpoint target, Signal signal) => Call(KernelCall.Kill, new KillRequest { Target = target, Signal = signal });
}
