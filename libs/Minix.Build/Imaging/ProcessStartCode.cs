using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Imaging;

/// <summary>
/// The first code a process runs: align the stack, run the runtime's start-up, call the program's C# entry with the
/// stack pointer it started with (where exec leaves argc, argv and envp, as the System V ABI lays them out; a boot
/// process's entry may ignore it), and when it returns end the process with SYS_EXIT(0) (a kernel call built on the
/// stack).
/// </summary>
public static class ProcessStartCode
{
    /// <summary>The entry symbol of every process image.</summary>
    public const string Symbol = "minix_process_start";

    /// <summary>
    /// An invalid instruction (<c>ud2</c>) a process can execute on purpose: DriverKit's misbehaviour demo ends a
    /// driver with an invalid-opcode exception through it.
    /// </summary>
    public static CodeBlob IllegalInstruction { get; } = new("minix_cpu_ud2", "ud2: an invalid opcode on purpose", (a, _) => a.ud2());

    /// <summary>
    /// The CPU's time-stamp counter, which ring 3 may read: what guest benchmarks time themselves with
    /// (<c>ulong minix_rdtsc()</c>).
    /// </summary>
    public static CodeBlob TimeStampCounter { get; } = new("minix_rdtsc", "rdtsc: the time-stamp counter", (a, _) =>
    {
        a.rdtsc();
        a.shl(rdx, 32);
        a.or(rax, rdx);
        a.ret();
    });

    /// <summary>The start code calling <paramref name="main"/>.</summary>
    /// <param name="main">The program's C# entry symbol.</param>
    /// <returns>The code blob.</returns>
    public static CodeBlob For(string main) => new(Symbol, "process start: runtime start-up, " + main + ", SYS_EXIT(0)", (a, s) =>
    {
        a.mov(r12, rsp);
        a.and(rsp, -16);
        a.call(s.AddressOf("minix_runtime_initialize"));
        a.mov(rdi, r12);
        a.call(s.AddressOf(main));
        a.sub(rsp, 64);
        a.mov(__qword_ptr[rsp], 0);
        a.mov(__dword_ptr[rsp + 4], Ipc.MessageType.KernelCallBase + (int)Kernel.Calls.KernelCall.Exit);
        a.mov(__qword_ptr[rsp + 8], 0);
        a.mov(rdi, rsp);
        a.@int(0x20);
        a.ud2();
    }, Keep: true);
}
