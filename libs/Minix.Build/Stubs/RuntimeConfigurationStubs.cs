using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// What a target tells the runtime about itself: its <see cref="RuntimeFeatures"/>, where the unwind table and the
/// source map are (when it has them), the top of the stack a conservative collector scans to, and defaults for the
/// imports of the program ABI on targets that have no file system (they answer ENOSYS; heap growth answers 0).
/// </summary>
public static class RuntimeConfigurationStubs
{
    /// <summary>The unwind table's symbol (the linker builds it when asked to).</summary>
    public const string UnwindTableSymbol = "__minix_unwind_table";

    /// <summary>The source map's symbol (a program's second link places it).</summary>
    public const string SourceMapSymbol = "__minix_source_map";

    /// <summary>The word an entry stub stores its initial stack pointer in.</summary>
    public const string StackTopSymbol = "__minix_stack_top";

    /// <summary>MINIX's ENOSYS.</summary>
    private const int NotImplemented = 78;

    /// <summary>The program ABI's system calls (Minix.Posix's README): all but exit return a long.</summary>
    public static IReadOnlyList<string> SystemCalls { get; } = new[]
    {
        "minix_sys_open", "minix_sys_close", "minix_sys_read", "minix_sys_write", "minix_sys_lseek", "minix_sys_stat",
        "minix_sys_fstat", "minix_sys_ftruncate", "minix_sys_unlink", "minix_sys_rename", "minix_sys_mkdir",
        "minix_sys_rmdir", "minix_sys_chdir", "minix_sys_getcwd", "minix_sys_getdents", "minix_sys_isatty",
        "minix_sys_time",
    };

    /// <summary>The configuration stubs for <paramref name="features"/>.</summary>
    /// <param name="features">What the runtime does.</param>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code(RuntimeFeatures features)
    {
        bool unwinds = (features & RuntimeFeatures.CatchableExceptions) != 0;
        var code = new List<CodeBlob>
        {
            new("minix_runtime_features", $"runtime features of this image ({features})", (a, _) =>
            {
                a.mov(eax, (int)features);
                a.ret();
            }),
            new("minix_unwind_table", unwinds ? "address of the unwind table" : "no unwind table (returns null)", (a, s) => AddressOrNull(a, s, unwinds ? UnwindTableSymbol : null)),
            new("minix_source_map", unwinds ? "address of the source map" : "no source map (returns null)", (a, s) => AddressOrNull(a, s, unwinds ? SourceMapSymbol : null)),
            new("minix_stack_top", "the initial stack pointer the entry recorded (0 if none)", (a, s) =>
            {
                a.AddInstruction(Instruction.Create(Iced.Intel.Code.Mov_r64_rm64, Register.RAX, new MemoryOperand(Register.RIP, (long)s.AddressOf(StackTopSymbol))));
                a.ret();
            }),
            new("minix_heap_grow", "heap growth (this target's heap is fixed: returns 0)", (a, _) =>
            {
                a.xor(eax, eax);
                a.ret();
            }),
            new("minix_sys_exit", "exit (no process manager here: ends through the fault hook)", (a, s) =>
            {
                a.mov(edi, 18);
                a.xor(esi, esi);
                a.xor(edx, edx);
                a.call(s.AddressOf("minix_fault"));
                a.int3();
            }),
        };
        foreach (string call in SystemCalls)
        {
            code.Add(new CodeBlob(call, $"{call} (no file system here: returns -ENOSYS)", (a, _) =>
            {
                a.mov(rax, -NotImplemented);
                a.ret();
            }));
        }

        return code;
    }

    /// <summary>The data the configuration stubs read.</summary>
    /// <returns>Data blobs.</returns>
    public static IReadOnlyList<DataBlob> Data() => new[]
    {
        new DataBlob(StackTopSymbol, "initial stack pointer, written by the entry", 8),
    };

    /// <summary>Stores rsp as the stack top: the first instruction of an entry stub (rsp is the initial one there).</summary>
    /// <param name="a">The assembler.</param>
    /// <param name="symbols">The symbols.</param>
    public static void RecordStackTop(Assembler a, ILinkSymbols symbols) =>
        a.AddInstruction(Instruction.Create(Iced.Intel.Code.Mov_rm64_r64, new MemoryOperand(Register.RIP, (long)symbols.AddressOf(StackTopSymbol)), Register.RSP));

    private static void AddressOrNull(Assembler a, ILinkSymbols symbols, string? symbol)
    {
        if (symbol is null)
            a.xor(eax, eax);
        else
            a.AddInstruction(Instruction.Create(Iced.Intel.Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)symbols.AddressOf(symbol))));
        a.ret();
    }
}
