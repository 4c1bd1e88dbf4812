using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// The runtime helpers that must be machine code, for every target: write barriers (no-ops beyond the store: the
/// collector is non-generational and non-moving), the stack probe, the GC poll, the module-header accessor, the
/// register capture of the collector's stack scan and the data ILC's code reads.
/// </summary>
public static class RuntimeStubs
{
    /// <summary>Symbol of the heap region <see cref="HeapRegion"/> defines.</summary>
    public const string HeapSymbol = "__minix_heap";

    /// <summary>The helpers every image needs.</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Helpers() => new[]
    {
        // rdi = destination, rsi = reference. The JIT assumes only the argument registers change.
        new CodeBlob("RhpAssignRef", "write barrier (plain store)", (a, _) =>
        {
            a.mov(__qword_ptr[rdi], rsi);
            a.ret();
        }) { UnwindsAsLeaf = true },
        new CodeBlob("RhpCheckedAssignRef", "checked write barrier (plain store)", (a, _) =>
        {
            a.mov(__qword_ptr[rdi], rsi);
            a.ret();
        }) { UnwindsAsLeaf = true },

        // Copies [rsi] to [rdi] and advances both by 8; the JIT expects rcx to be the only other register used.
        new CodeBlob("RhpByRefAssignRef", "by-ref write barrier (copy one reference, advance rsi/rdi)", (a, _) =>
        {
            a.mov(rcx, __qword_ptr[rsi]);
            a.mov(__qword_ptr[rdi], rcx);
            a.add(rdi, 8);
            a.add(rsi, 8);
            a.ret();
        }) { UnwindsAsLeaf = true },

        // r11 = lowest address of the new frame (preserved); rax is scratch. Touch each page from the current one
        // down to it, so a guard page below the stack is hit in order.
        new CodeBlob("RhpStackProbe", "stack probe for frames over one page", (a, _) =>
        {
            var loop = a.CreateLabel();
            a.mov(rax, rsp);
            a.and(rax, -0x1000);
            a.Label(ref loop);
            a.sub(rax, 0x1000);
            a.test(__dword_ptr[rax], eax);
            a.cmp(rax, r11);
            a.jg(loop);
            a.ret();
        }),
        new CodeBlob("RhpGcPoll", "GC poll (no GC: returns)", (a, _) => a.ret()),

        // void minix_memmove(byte* destination, byte* source, nuint length): overlap-safe; copies backwards (a byte at
        // a time) only when the destination starts inside the source. The SysV ABI guarantees DF is clear on entry.
        // Forward copies move quadwords, then the last bytes: an emulator (and -icount's instruction count) steps a rep
        // once per element, so a page costs 512 steps instead of 4,096.
        new CodeBlob("minix_memmove", "memmove (rep movsq, rep movsb)", (a, _) =>
        {
            var forward = a.CreateLabel();
            a.mov(rcx, rdx);
            a.cmp(rdi, rsi);
            a.jbe(forward);
            a.lea(rax, __[rsi + rdx]);
            a.cmp(rdi, rax);
            a.jae(forward);
            a.lea(rsi, __[rsi + rdx - 1]);
            a.lea(rdi, __[rdi + rdx - 1]);
            a.std();
            a.rep.movsb();
            a.cld();
            a.ret();
            // Forward: eight bytes a step, then the rest. Each step of a rep is an instruction to QEMU's count and a
            // helper call to TCG, so a 688-byte trap frame costs 86 steps instead of 688.
            a.Label(ref forward);
            a.shr(rcx, 3);
            a.rep.movsq();
            a.mov(rcx, rdx);
            a.and(rcx, 7);
            a.rep.movsb();
            a.ret();
        }) { UnwindsAsLeaf = true },

        // void minix_memset(byte* destination, int value, nuint length): the byte in every lane of a quadword, stored
        // as quadwords, then the last bytes (as memmove, for the emulator's sake).
        new CodeBlob("minix_memset", "memset (rep stosq, rep stosb)", (a, _) =>
        {
            a.movzx(ecx, sil);
            a.mov(rax, 0x0101010101010101);
            a.imul(rax, rcx);
            a.mov(rcx, rdx);
            a.shr(rcx, 3);
            a.rep.stosq();
            a.mov(ecx, edx);
            a.and(ecx, 7);
            a.rep.stosb();
            a.ret();
        }) { UnwindsAsLeaf = true },

        // void minix_save_callee_saved_registers(nint* buffer): rbx, rbp, r12-r15, for the collector's stack scan.
        new CodeBlob("minix_save_callee_saved_registers", "store rbx, rbp, r12-r15 (the collector's register roots)", (a, _) =>
        {
            a.mov(__qword_ptr[rdi], rbx);
            a.mov(__qword_ptr[rdi + 8], rbp);
            a.mov(__qword_ptr[rdi + 16], r12);
            a.mov(__qword_ptr[rdi + 24], r13);
            a.mov(__qword_ptr[rdi + 32], r14);
            a.mov(__qword_ptr[rdi + 40], r15);
            a.ret();
        }),
        new CodeBlob("minix_module_header", "returns the address of ILC's module header", (a, symbols) =>
        {
            a.AddInstruction(Instruction.Create(Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)symbols.AddressOf("__ReadyToRunHeader"))));
            a.ret();
        }),
    };

    /// <summary>The data ILC's code reads.</summary>
    /// <returns>Data blobs.</returns>
    public static IReadOnlyList<DataBlob> HelperData() => new[]
    {
        new DataBlob("RhpTrapThreads", "GC suspension flag (always 0)", 8),
        // A fixed cookie: ILC's frames compare against it to detect stack buffer overruns.
        new DataBlob("__security_cookie", "stack cookie", 8, BitConverter.GetBytes(0x2B992DDFA232UL), Writable: false),
    };

    /// <summary>
    /// A zero-filled heap region of <paramref name="size"/> bytes in the image's bss, and the
    /// <c>minix_heap_start</c>/<c>minix_heap_end</c> functions that hand it to the runtime. A target with its own
    /// heap (the kernel's free memory) supplies those two functions instead.
    /// </summary>
    /// <param name="size">The heap size in bytes.</param>
    /// <returns>The region and its two accessors.</returns>
    public static (DataBlob Region, IReadOnlyList<CodeBlob> Accessors) HeapRegion(ulong size)
    {
        var region = new DataBlob(HeapSymbol, $"process heap ({size} bytes)", size) { Alignment = 4096 };
        var accessors = new[]
        {
            new CodeBlob("minix_heap_start", "start of the heap region", (a, symbols) =>
            {
                a.AddInstruction(Instruction.Create(Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)symbols.AddressOf(HeapSymbol))));
                a.ret();
            }),
            new CodeBlob("minix_heap_end", "end of the heap region", (a, symbols) =>
            {
                a.AddInstruction(Instruction.Create(Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)(symbols.AddressOf(HeapSymbol) + size))));
                a.ret();
            }),
        };
        return (region, accessors);
    }
}
