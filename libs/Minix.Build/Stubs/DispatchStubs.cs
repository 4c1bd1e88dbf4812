using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// Interface dispatch: ILC's call sites load a dispatch cell's address into r11 and call through the cell, whose
/// first word is <c>RhpInitialDynamicInterfaceDispatch</c>. The stub looks (cell, object type) up in a direct-mapped
/// cache and jumps to the cached method; on a miss it saves the argument registers and asks Minix.Runtime's
/// resolver (<c>minix_resolve_interface_dispatch</c>), which fills the cache.
/// </summary>
public static class DispatchStubs
{
    /// <summary>The cache's symbol: <see cref="CacheEntries"/> entries of (cell, type, target, unused).</summary>
    public const string CacheSymbol = "__minix_dispatch_cache";

    /// <summary>Entries in the cache (a power of two; Minix.Runtime's InterfaceDispatch uses the same number).</summary>
    public const int CacheEntries = 4096;

    private const int EntrySize = 32;

    /// <summary>The stubs.</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code() => new[]
    {
        new CodeBlob("RhpInitialDynamicInterfaceDispatch", "interface dispatch: cached (cell, type) -> method, else the runtime's resolver", (a, s) =>
        {
            var miss = a.CreateLabel();
            // The first instruction reads the object's type: a null `this` faults here, with the return address
            // still at [rsp] (the unwind table treats the stub as a leaf).
            a.mov(r10, __qword_ptr[rdi]);
            a.push(rdx);
            a.AddInstruction(Instruction.Create(Iced.Intel.Code.Lea_r64_m, Register.RDX, new MemoryOperand(Register.RIP, (long)s.AddressOf(CacheSymbol))));
            a.mov(rax, r11);
            a.shr(rax, 4);
            a.xor(rax, r10);
            a.and(eax, CacheEntries - 1);
            a.shl(eax, 5);
            a.add(rdx, rax);
            a.cmp(__qword_ptr[rdx], r11);
            a.jne(miss);
            a.cmp(__qword_ptr[rdx + 8], r10);
            a.jne(miss);
            a.mov(rax, __qword_ptr[rdx + 16]);
            a.pop(rdx);
            a.jmp(rax);

            a.Label(ref miss);
            a.pop(rdx);
            a.push(rdi);
            a.push(rsi);
            a.push(rdx);
            a.push(rcx);
            a.push(r8);
            a.push(r9);
            a.push(r11);
            a.sub(rsp, 128);
            for (int i = 0; i < 8; i++)
                a.movdqu(__xmmword_ptr[rsp + i * 16], XmmRegister(i));
            a.mov(rsi, r11);
            a.call(s.AddressOf("minix_resolve_interface_dispatch"));
            for (int i = 0; i < 8; i++)
                a.movdqu(XmmRegister(i), __xmmword_ptr[rsp + i * 16]);
            a.add(rsp, 128);
            a.pop(r11);
            a.pop(r9);
            a.pop(r8);
            a.pop(rcx);
            a.pop(rdx);
            a.pop(rsi);
            a.pop(rdi);
            a.jmp(rax);
        }) { UnwindsAsLeaf = true },
        new CodeBlob("minix_dispatch_cache", "address of the interface dispatch cache", (a, s) =>
        {
            a.AddInstruction(Instruction.Create(Iced.Intel.Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)s.AddressOf(CacheSymbol))));
            a.ret();
        }),
    };

    /// <summary>The cache.</summary>
    /// <returns>Data blobs.</returns>
    public static IReadOnlyList<DataBlob> Data() => new[]
    {
        new DataBlob(CacheSymbol, $"interface dispatch cache ({CacheEntries} entries of cell, type, target)", CacheEntries * EntrySize) { Alignment = 64 },
    };

    private static AssemblerRegisterXMM XmmRegister(int index) => index switch
    {
        0 => xmm0, 1 => xmm1, 2 => xmm2, 3 => xmm3, 4 => xmm4, 5 => xmm5, 6 => xmm6, _ => xmm7,
    };
}
