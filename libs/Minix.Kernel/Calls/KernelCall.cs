namespace Minix.Kernel.Calls;

/// <summary>
/// The kernel calls, numbered as in MINIX 3 (the message type is <c>0x600 + number</c>). The gaps are calls
/// MINIX has and this kernel does not need; <see cref="Spawn"/> and <see cref="Nop"/> are the toolkit's own and
/// sit in gaps MINIX leaves unused.
/// </summary>
public enum KernelCall
{
    /// <summary>SYS_FORK: a new process with a copy of a user process's memory and registers (the process manager only).</summary>
    Fork = 0,

    /// <summary>SYS_EXEC: a new memory image for a user process, then its start (the process manager only).</summary>
    Exec = 1,

    /// <summary>SYS_PRIVCTL: set, restrict or query a process's privileges (privilege managers only).</summary>
    PrivCtl = 4,

    /// <summary>SYS_KILL: end a process, or raise a signal for the process manager to act on.</summary>
    Kill = 6,

    /// <summary>SYS_GETKSIG: the next process with signals from the kernel (the process manager only).</summary>
    GetKSig = 7,

    /// <summary>SYS_ENDKSIG: the process manager is done with a process's kernel signals.</summary>
    EndKSig = 8,

    /// <summary>SYS_SIGSEND: make a process run a signal handler (the process manager only).</summary>
    SigSend = 9,

    /// <summary>SYS_SIGRETURN: restore a process's registers after its handler (the process manager only).</summary>
    SigReturn = 10,

    /// <summary>SYS_SPAWN: start a new process from a boot module, blocked until its privileges are set.</summary>
    Spawn = 11,

    /// <summary>SYS_NOP: does nothing; measures the cost of entering and leaving the kernel.</summary>
    Nop = 12,

    /// <summary>SYS_MAPPHYS: map physical memory the caller's <c>mem</c> ranges allow into the caller.</summary>
    MapPhys = 13,

    /// <summary>SYS_VIRCOPY: copy between the caller and a process it manages, by address (the process manager only).</summary>
    VirCopy = 15,

    /// <summary>SYS_BRK: move the end of a managed process's data (the process manager only).</summary>
    Brk = 16,

    /// <summary>SYS_IRQCTL: bind an IRQ line to notifications, enable, disable or release it.</summary>
    IrqCtl = 19,

    /// <summary>SYS_PATCHTEXT: overwrite a few bytes of a user-mode driver's code (the fault injector only).</summary>
    PatchText = 20,

    /// <summary>SYS_DEVIO: one port read or write, checked against the caller's port ranges.</summary>
    DevIo = 21,

    /// <summary>SYS_VDEVIO: a vector of port reads or writes in one call.</summary>
    VDevIo = 23,

    /// <summary>SYS_SETALARM: arm or cancel the caller's one synchronous alarm (a CLOCK notification).</summary>
    SetAlarm = 24,

    /// <summary>SYS_TIMES: a process's accounting times and the uptime.</summary>
    Times = 25,

    /// <summary>SYS_GETINFO: kernel information, a process-table entry, the caller's own privileges.</summary>
    GetInfo = 26,

    /// <summary>SYS_ABORT: shut the system down with a status.</summary>
    Abort = 27,

    /// <summary>SYS_SAFECOPYFROM: copy from the granter's memory through a grant.</summary>
    SafeCopyFrom = 31,

    /// <summary>SYS_SAFECOPYTO: copy into the granter's memory through a grant.</summary>
    SafeCopyTo = 32,

    /// <summary>SYS_VSAFECOPY: many grant copies in one call.</summary>
    VSafeCopy = 33,

    /// <summary>SYS_SETGRANT: register the caller's grant table with the kernel.</summary>
    SetGrant = 34,

    /// <summary>SYS_DIAGCTL: write a diagnostic line to the kernel log.</summary>
    DiagCtl = 44,

    /// <summary>SYS_EXIT: end the calling process.</summary>
    Exit = 53,
}
