namespace Minix.DriverKit.Analyzers;

/// <summary>
/// The five kinds of kernel dependency the paper (Herder et al., EDCC 2006, Sec. 3) found in MINIX 2 drivers, each
/// removed in MINIX 3 by a kernel call or a message.
/// </summary>
public enum DependencyCategory
{
    /// <summary>A: the driver uses a kernel symbol (function or variable).</summary>
    A,

    /// <summary>B: one driver calls another driver's code.</summary>
    B,

    /// <summary>C: a kernel task depends on the driver (a callback into the driver, e.g. a watchdog).</summary>
    C,

    /// <summary>D: an interrupt handler uses driver data.</summary>
    D,

    /// <summary>E: the driver uses I/O hardware directly (ports, device memory).</summary>
    E,
}
