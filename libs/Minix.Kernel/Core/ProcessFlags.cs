namespace Minix.Kernel.Core;

/// <summary>Why a process cannot run right now (MINIX's RTS flags). A process runs only when none is set.</summary>
[Flags, KernelInternal]
public enum ProcessFlags
{
    /// <summary>Runnable.</summary>
    None = 0,

    /// <summary>The slot holds no process.</summary>
    SlotFree = 0x01,

    /// <summary>Created but not yet allowed to run (its privileges are being set).</summary>
    NoPrivileges = 0x02,

    /// <summary>Blocked in SEND (or the send half of SENDREC).</summary>
    Sending = 0x04,

    /// <summary>Blocked in RECEIVE (or the receive half of SENDREC).</summary>
    Receiving = 0x08,

    /// <summary>Being removed; no IPC may reach it.</summary>
    Exiting = 0x10,

    /// <summary>Stopped with signals for the process manager, until SYS_ENDKSIG (MINIX's RTS_SIGNALED).</summary>
    Signaled = 0x20,
}
