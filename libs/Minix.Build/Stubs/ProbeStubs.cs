using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// What ring 3 must never be able to do, as functions a user process can call on purpose: privileged instructions
/// and software interrupts through gates only the kernel may use. The image tests' hostile program calls each to
/// show that the kernel ends the program that tries it and nothing else. Linked into user processes only, and placed
/// only in one that references them. Declare them in C# as
/// <c>[DllImport("*", EntryPoint = "minix_probe_cli"), SuppressGCTransition] static extern void Cli();</c>.
/// </summary>
public static class ProbeStubs
{
    /// <summary>Every probe.</summary>
    /// <returns>Code blobs (placed only when referenced).</returns>
    public static IReadOnlyList<CodeBlob> Code() => new[]
    {
        new CodeBlob("minix_probe_cli", "cli from ring 3", (a, _) => { a.cli(); a.ret(); }),
        new CodeBlob("minix_probe_hlt", "hlt from ring 3", (a, _) => { a.hlt(); a.ret(); }),
        new CodeBlob("minix_probe_in", "in al, dx from ring 3 (port in rdi)", (a, _) => { a.mov(edx, edi); a.@in(al, dx); a.ret(); }),
        new CodeBlob("minix_probe_out", "out dx, al from ring 3 (port in rdi, value in rsi)", (a, _) => { a.mov(edx, edi); a.mov(eax, esi); a.@out(dx, al); a.ret(); }),
        new CodeBlob("minix_probe_int_0x80", "int 0x80, a vector that is no kernel trap", (a, _) => { a.@int(0x80); a.ret(); }),
        new CodeBlob("minix_probe_int_14", "int 14: a forged page fault", (a, _) => { a.@int(14); a.ret(); }),
        new CodeBlob("minix_probe_swapgs", "swapgs from ring 3", (a, _) => { a.swapgs(); a.ret(); }),
    };
}
