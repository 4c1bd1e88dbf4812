namespace Minix.Kernel.Privileges;

/// <summary>Privilege flag bits, with MINIX's values.</summary>
[Flags]
public enum PrivilegeFlags : ushort
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>May be preempted when its quantum runs out (kernel tasks are not).</summary>
    Preemptible = 0x002,

    /// <summary>Billed for the kernel time its calls take.</summary>
    Billable = 0x004,

    /// <summary>Has privileges of its own (a system process), not the shared user privileges.</summary>
    SystemProcess = 0x010,

    /// <summary>Port accesses are checked against the I/O ranges (absent means <c>io ALL</c>).</summary>
    CheckIoPorts = 0x020,

    /// <summary>IRQ lines are checked against the IRQ mask (absent means <c>irq ALL</c>).</summary>
    CheckIrqs = 0x040,

    /// <summary>Physical memory is checked against the memory ranges.</summary>
    CheckMemory = 0x080,

    /// <summary>May create processes and set or restrict privileges (the reincarnation server).</summary>
    PrivilegeManager = 0x100,

    /// <summary>The process manager: user processes' signals and deaths go to it (its system.conf entry lists GETKSIG).</summary>
    SignalManager = 0x200,

    /// <summary>A restarted incarnation of a service.</summary>
    Restarted = 0x800,
}
