using Minix.Kernel.Calls;

namespace Minix.DriverKit;

// Host bodies: the simulator reports an AccessViolationException as a page fault at Data["address"] and an
// InvalidProgramException as an invalid opcode, as the image's kernel would; a spin must enter the kernel now and
// then, because the simulator's clock only advances on kernel entries.
public static partial class Misbehave
{
    private static partial void WildWrite() =>
        throw new AccessViolationException("wild write to 0x7fffdead0000") { Data = { ["address"] = WildAddress } };

    private static partial void IllegalInstruction() => throw new InvalidProgramException("illegal instruction (ud2)");

    private static partial void EndlessLoop()
    {
        while (true)
            Sys.Nop();
    }
}
