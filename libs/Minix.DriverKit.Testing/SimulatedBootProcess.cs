using Minix.Kernel.Boot;

namespace Minix.DriverKit.Testing;

/// <summary>A process the simulated machine starts at boot.</summary>
/// <param name="Slot">Its slot (0..15): its endpoint. The reincarnation server is slot 2, as on the image.</param>
/// <param name="Program">What it runs.</param>
/// <param name="IsSystem">True for a system process (its privileges come from its system.conf entry), false for a user program.</param>
/// <param name="Placement">User mode (default) or in the kernel.</param>
public sealed record SimulatedBootProcess(int Slot, SimulatedProgram Program, bool IsSystem = true, Placement Placement = Placement.User);
