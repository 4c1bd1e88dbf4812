namespace Minix.DriverKit.Analyzers;

/// <summary>
/// What a dependency is for, numbered 1-9 after the functional classes into which MINIX 3 groups its kernel calls
/// (the replacement for each dependency is a call of that class). <see cref="MessagePassing"/> (0) is for
/// dependencies a message removes rather than a kernel call (category B).
/// </summary>
public enum FunctionalClass
{
    /// <summary>0: no kernel call; the replacement is a message to the other process.</summary>
    MessagePassing = 0,

    /// <summary>1: creating, starting and ending processes, their privileges (SPAWN, EXIT, PRIVCTL).</summary>
    ProcessManagement = 1,

    /// <summary>2: signals to processes (KILL).</summary>
    SignalHandling = 2,

    /// <summary>3: memory: grant tables, physical and device memory (SETGRANT, mapped device memory).</summary>
    MemoryManagement = 3,

    /// <summary>4: copying data between address spaces (SAFECOPYFROM, SAFECOPYTO, VSAFECOPY).</summary>
    CopyingData = 4,

    /// <summary>5: device I/O (DEVIO, VDEVIO).</summary>
    DeviceIo = 5,

    /// <summary>6: interrupt management (IRQCTL).</summary>
    InterruptManagement = 6,

    /// <summary>7: system control and diagnostics (ABORT, DIAGCTL, NOP).</summary>
    SystemControl = 7,

    /// <summary>8: clock functionality: alarms and times (SETALARM, TIMES).</summary>
    ClockFunctionality = 8,

    /// <summary>9: kernel information (GETINFO).</summary>
    KernelInformation = 9,
}
