using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Privileges;

namespace Minix.Kernel.Boot;

/// <summary>Where a boot process runs: in user mode in its own address space (MINIX 3) or inside the kernel (MINIX 2).</summary>
public enum Placement
{
    /// <summary>Ring 3, own address space, kernel calls by trap (the default).</summary>
    User = 0,

    /// <summary>Ring 0, the kernel's address space, kernel calls as plain calls.</summary>
    Kernel = 1,
}

/// <summary>
/// One process of the boot image: the table the image writer produces from system.conf and the kernel reads at
/// start-up. Every boot process starts with exactly these privileges.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct BootImageEntry
{
    /// <summary>The process's endpoint (generation 0, so equal to its slot).</summary>
    public Endpoint Endpoint;

    /// <summary>Index of its program among the image's modules.</summary>
    public int Module;

    /// <summary>Scheduling queue (0 highest).</summary>
    public int Priority;

    /// <summary>Quantum in clock ticks.</summary>
    public int Quantum;

    /// <summary>Heartbeat period in ticks that the reincarnation server uses (0: none).</summary>
    public int HeartbeatPeriod;

    /// <summary>Where it runs.</summary>
    public Placement Placement;

    /// <summary>Its name.</summary>
    public ProcessName Name;

    /// <summary>Its privileges.</summary>
    public Privilege Privilege;

    /// <summary>
    /// Who may ask the reincarnation server to stop, start or restart it (system.conf's <c>control</c>): bit n for
    /// the holder of privilege id n; the user bit (<see cref="PrivilegeId.User"/>) stands for every user program.
    /// </summary>
    public ulong ControlMask;
}
