using Minix.Kernel.Boot;

namespace Minix.Kernel;

/// <summary>One process an image starts at boot.</summary>
/// <param name="Name">Its name; a system process's system.conf entry has the same name.</param>
/// <param name="Slot">Its process-table slot (0 .. 15); its endpoint at boot equals the slot.</param>
/// <param name="Module">The index of the program it runs among the image's modules.</param>
/// <param name="IsSystem">True for a system process (own privileges from system.conf); false for an ordinary user program.</param>
/// <param name="Placement">User mode (default) or inside the kernel.</param>
public sealed record BootProcess(string Name, int Slot, int Module, bool IsSystem, Placement Placement = Placement.User);
