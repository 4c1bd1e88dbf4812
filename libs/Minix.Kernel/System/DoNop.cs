namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>SYS_NOP: nothing; what remains is the cost of the trap itself.</summary>
    private static Status DoNop(Microkernel kernel, Process caller, ref Message message) => Status.Ok;
}
