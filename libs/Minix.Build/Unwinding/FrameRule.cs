namespace Minix.Build.Unwinding;

/// <summary>
/// How to find a caller's frame from anywhere in a function's body: the canonical frame address (CFA, the stack
/// pointer just before the call that entered the function) is <see cref="CfaRegister"/> plus
/// <see cref="CfaOffset"/>; the return address sits at CFA-8; each saved callee-saved register sits at CFA plus its
/// offset.
/// </summary>
/// <param name="CfaRegister">The register the CFA is computed from (<see cref="Rsp"/> or <see cref="Rbp"/>).</param>
/// <param name="CfaOffset">Bytes added to that register.</param>
/// <param name="SavedRegisters">Offset from the CFA of rbx, rbp, r12, r13, r14, r15 (in that order), or 0 when the
/// function does not save the register.</param>
public sealed record FrameRule(int CfaRegister, int CfaOffset, IReadOnlyList<int> SavedRegisters)
{
    /// <summary>DWARF number of rsp.</summary>
    public const int Rsp = 7;

    /// <summary>DWARF number of rbp.</summary>
    public const int Rbp = 6;

    /// <summary>The DWARF register numbers of the callee-saved registers, in <see cref="SavedRegisters"/> order.</summary>
    public static IReadOnlyList<int> CalleeSaved { get; } = new[] { 3, 6, 12, 13, 14, 15 };

    /// <summary>A function that neither moves the stack pointer nor saves anything: the return address at [rsp].</summary>
    public static FrameRule Leaf { get; } = new(Rsp, 8, new int[6]);
}
