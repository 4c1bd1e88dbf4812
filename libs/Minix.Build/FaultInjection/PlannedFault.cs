namespace Minix.Build.FaultInjection;

/// <summary>One fault of a campaign's plan: where, what it replaces and with what, and where that code came from.</summary>
/// <param name="Number">The fault's number in the campaign (0-based); with the seed it is all a replay needs.</param>
/// <param name="Type">The fault type.</param>
/// <param name="Address">The first byte changed, in the driver's address space.</param>
/// <param name="Original">The bytes of the linked image there.</param>
/// <param name="Replacement">The bytes the injector writes, as long as <paramref name="Original"/>.</param>
/// <param name="Function">The C# method the code belongs to (readable), or the symbol.</param>
/// <param name="Source">The C# file and line (<c>RamDiskDriver.cs:42</c>), or empty when the line table has none.</param>
public sealed record PlannedFault(int Number, FaultType Type, ulong Address, byte[] Original, byte[] Replacement, string Function, string Source);
