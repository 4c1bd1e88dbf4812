using System.Runtime.InteropServices;

namespace Minix.DriverKit;

// Image bodies: the real faults. The kernel ends the process (page fault, invalid opcode) or, for the spin, RS's
// heartbeat does. ud2 is a two-byte linker stub (0F 0B) bound by name, like the kernel's Cpu stubs.
public static unsafe partial class Misbehave
{
    private static partial void WildWrite() => *(ulong*)WildAddress = 0xBAD;

    private static partial void IllegalInstruction() => InvalidOpcode();

    private static partial void EndlessLoop()
    {
        while (true)
        {
        }
    }

    [DllImport("*", EntryPoint = "minix_cpu_ud2"), SuppressGCTransition]
    private static extern void InvalidOpcode();
}
