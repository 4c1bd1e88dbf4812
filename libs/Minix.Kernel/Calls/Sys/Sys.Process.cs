using Minix.Ipc;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Calls;

public static partial class Sys
{
    /// <summary>SYS_SPAWN: creates a process from boot module <paramref name="module"/>, blocked until allowed to run.</summary>
    /// <param name="module">The module index in the boot image.</param>
    /// <param name="priority">Scheduling queue.</param>
    /// <param name="quantum">Quantum in ticks.</param>
    /// <param name="slot">Slot to reuse, or -1.</param>
    /// <param name="child">The new process.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Spawn)]
    public static Status Spawn(int module, int priority, int quantum, int slot, out Endpoint child)
    {
        Status status = Call(KernelCall.Spawn, new SpawnRequest { Module = module, Priority = priority, Quantum = quantum, Slot = slot }, out Message reply);
        child = status == Status.Ok ? reply.Payload<SpawnReply>().Child : Endpoint.None;
        return status;
    }

    /// <summary>SYS_PRIVCTL SetSystem: gives a blocked process its own privileges.</summary>
    /// <param name="target">The process.</param>
    /// <param name="privilege">The privileges.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.PrivCtl)]
    public static unsafe Status SetPrivileges(Endpoint target, in Privilege privilege)
    {
        fixed (Privilege* address = &privilege)
            return Call(KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.SetSystem, Target = target, Argument = (ulong)address });
    }

    /// <summary>SYS_PRIVCTL Restrict: narrows the privileges of a running process; widening is refused.</summary>
    /// <param name="target">The process.</param>
    /// <param name="privilege">The narrower privileges.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.PrivCtl)]
    public static unsafe Status RestrictPrivileges(Endpoint target, in Privilege privilege)
    {
        fixed (Privilege* address = &privilege)
            return Call(KernelCall.PrivCtl, new PrivCtlRequest { Request = PrivRequest.Restrict, Target = target, Argument = (ulong)address });
    }

    /// <summary>SYS_PRIVCTL with a request that takes no privilege record (Allow, Disallow, SetUser, AddIo, AddMemory, AddIrq, QueryMemory, ClearIpcReferences).</summary>
    /// <param name="request">The sub-request.</param>
    /// <param name="target">The process.</param>
    /// <param name="start">First port, IRQ line or physical address, where the request takes one.</param>
    /// <param name="length">Number of ports or bytes, where the request takes one.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.PrivCtl)]
    public static Status PrivCtl(PrivRequest request, Endpoint target, ulong start = 0, ulong length = 0) =>
        Call(KernelCall.PrivCtl, new PrivCtlRequest { Request = request, Target = target, Start = start, Length = length });

    /// <summary>SYS_KILL: ends a process; its death is reported like a crash.</summary>
    /// <param name="target">The process.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Kill)]
    public static Status Kill(Endpoint target, ExitReason reason) => Call(KernelCall.Kill, new KillRequest { Target = target, Reason = reason });

    /// <summary>SYS_KILL for a process that asked its manager to exit: it ends, reported as exiting with <paramref name="status"/>.</summary>
    /// <param name="target">The process.</param>
    /// <param name="status">Its exit status.</param>
    /// <returns>The call's status.</returns>
    [UsesKernelCall(KernelCall.Kill)]
    public static Status EndExited(Endpoint target, int status) => Call(KernelCall.Kill, new KillRequest { Target = target, Reason = ExitReason.Exited, Status = status });

    /// <summary>SYS_EXIT: ends the caller. Returns only if the kernel refused.</summary>
    /// <param name="status">The exit status.</param>
    /// <returns>The refusal.</returns>
    [UsesKernelCall(KernelCall.Exit)]
    public static Status Exit(int status) => Call(KernelCall.Exit, new ExitRequest { Status = status });

    /// <summary>SYS_ABORT: shuts the system down with <paramref name="status"/>.</summary>
    /// <param name="status">The machine's exit status.</param>
    /// <returns>The refusal, if refused.</returns>
    [UsesKernelCall(KernelCall.Abort)]
    public static Status Abort(int status) => Call(KernelCall.Abort, new AbortRequest { Status = status });
}
