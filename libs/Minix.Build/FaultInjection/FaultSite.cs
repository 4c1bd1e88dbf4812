using Iced.Intel;

namespace Minix.Build.FaultInjection;

/// <summary>An instruction of the driver's code a fault may change, with the function it lies in.</summary>
/// <param name="Instruction">The decoded instruction (its IP is its address).</param>
/// <param name="Bytes">Its bytes in the linked image.</param>
/// <param name="Function">The function symbol it belongs to.</param>
/// <param name="Index">Its position among the function's instructions.</param>
public sealed record FaultSite(Instruction Instruction, byte[] Bytes, string Function, int Index);
