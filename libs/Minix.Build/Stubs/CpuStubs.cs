using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// Privileged-instruction stubs for ring-0 code (the kernel, and drivers placed in the kernel). Each is an extern
/// C function under the SysV ABI (arguments in rdi, rsi; result in rax). Declare them in C# as
/// <c>[DllImport("*", EntryPoint = "minix_cpu_in8"), SuppressGCTransition] static extern byte In8(ushort port);</c>.
/// </summary>
public static class CpuStubs
{
    /// <summary>Every CPU stub.</summary>
    /// <returns>Code blobs (placed only when referenced).</returns>
    public static IReadOnlyList<CodeBlob> Code() => new[]
    {
        new CodeBlob("minix_cpu_in8", "byte in8(ushort port)", (a, _) => { a.mov(edx, edi); a.xor(eax, eax); a.@in(al, dx); a.ret(); }),
        new CodeBlob("minix_cpu_in16", "ushort in16(ushort port)", (a, _) => { a.mov(edx, edi); a.xor(eax, eax); a.@in(ax, dx); a.ret(); }),
        new CodeBlob("minix_cpu_in32", "uint in32(ushort port)", (a, _) => { a.mov(edx, edi); a.@in(eax, dx); a.ret(); }),
        new CodeBlob("minix_cpu_out8", "void out8(ushort port, byte value)", (a, _) => { a.mov(edx, edi); a.mov(eax, esi); a.@out(dx, al); a.ret(); }),
        new CodeBlob("minix_cpu_out16", "void out16(ushort port, ushort value)", (a, _) => { a.mov(edx, edi); a.mov(eax, esi); a.@out(dx, ax); a.ret(); }),
        new CodeBlob("minix_cpu_out32", "void out32(ushort port, uint value)", (a, _) => { a.mov(edx, edi); a.mov(eax, esi); a.@out(dx, eax); a.ret(); }),
        new CodeBlob("minix_cpu_cli", "void cli()", (a, _) => { a.cli(); a.ret(); }),
        new CodeBlob("minix_cpu_sti", "void sti()", (a, _) => { a.sti(); a.ret(); }),
        new CodeBlob("minix_cpu_hlt", "void hlt()", (a, _) => { a.hlt(); a.ret(); }),
        new CodeBlob("minix_cpu_pause", "void pause()", (a, _) => { a.pause(); a.ret(); }),
        new CodeBlob("minix_cpu_read_flags", "ulong read_flags() (RFLAGS)", (a, _) => { a.pushfq(); a.pop(rax); a.ret(); }),
        new CodeBlob("minix_cpu_read_cr0", "ulong read_cr0()", (a, _) => { a.mov(rax, cr0); a.ret(); }),
        new CodeBlob("minix_cpu_read_cr2", "ulong read_cr2() (page-fault address)", (a, _) => { a.mov(rax, cr2); a.ret(); }),
        new CodeBlob("minix_cpu_read_cr3", "ulong read_cr3() (page-table root)", (a, _) => { a.mov(rax, cr3); a.ret(); }),
        new CodeBlob("minix_cpu_read_cr4", "ulong read_cr4()", (a, _) => { a.mov(rax, cr4); a.ret(); }),
        new CodeBlob("minix_cpu_write_cr0", "void write_cr0(ulong value)", (a, _) => { a.mov(cr0, rdi); a.ret(); }),
        new CodeBlob("minix_cpu_write_cr3", "void write_cr3(ulong value)", (a, _) => { a.mov(cr3, rdi); a.ret(); }),
        new CodeBlob("minix_cpu_write_cr4", "void write_cr4(ulong value)", (a, _) => { a.mov(cr4, rdi); a.ret(); }),
        new CodeBlob("minix_cpu_rdtsc", "ulong rdtsc()", (a, _) => { a.rdtsc(); a.shl(rdx, 32); a.or(rax, rdx); a.ret(); }),
        new CodeBlob("minix_cpu_invlpg", "void invlpg(void* address)", (a, _) => { a.invlpg(__[rdi]); a.ret(); }),
        new CodeBlob("minix_cpu_lgdt", "void lgdt(void* descriptor) (10-byte limit+base)", (a, _) => { a.lgdt(__[rdi]); a.ret(); }),
        new CodeBlob("minix_cpu_lidt", "void lidt(void* descriptor) (10-byte limit+base)", (a, _) => { a.lidt(__[rdi]); a.ret(); }),
        new CodeBlob("minix_cpu_ltr", "void ltr(ushort selector)", (a, _) => { a.ltr(di); a.ret(); }),
    };
}
