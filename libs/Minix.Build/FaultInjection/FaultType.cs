namespace Minix.Build.FaultInjection;

/// <summary>
/// The kinds of machine-code fault a campaign injects: the seven of the swifi tool MINIX 3 was tested with (after the
/// Rio and Nooks injectors), and a branch inversion beyond them. Each changes one instruction in place, keeping its
/// length, so the code around it stays where it was.
/// </summary>
public enum FaultType
{
    /// <summary>An instruction reads another register than it did (<c>mov rax, rcx</c> becomes <c>mov rax, rdx</c>).</summary>
    SourceRegister,

    /// <summary>An instruction writes another register than it did (<c>mov rax, rcx</c> becomes <c>mov rbx, rcx</c>).</summary>
    DestinationRegister,

    /// <summary>A memory operand's displacement or base register changes: a corrupt pointer.</summary>
    Pointer,

    /// <summary>A parameter set up for a call gets another value (an immediate, a displacement or a source register).</summary>
    Interface,

    /// <summary>A loop's condition is off by one (<c>jl</c> becomes <c>jle</c>, or the compared constant moves by one).</summary>
    Loop,

    /// <summary>One random bit of an instruction flips.</summary>
    Text,

    /// <summary>An instruction is skipped: its bytes become no-ops.</summary>
    NoOp,

    /// <summary>A conditional branch's condition is inverted (<c>je</c> becomes <c>jne</c>).</summary>
    BranchInversion,
}
