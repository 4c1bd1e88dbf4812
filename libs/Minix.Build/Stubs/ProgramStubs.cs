using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// The entry of a user program (Minix.Posix's program ABI): <c>minix_program_start</c> takes the System V initial
/// stack (argc, argv, envp), starts the runtime, calls ILC's <c>__managed__Main(argc, argv)</c> (which hands the
/// command line to the runtime, runs the program's Main and returns its status) and ends the process with
/// <c>minix_sys_exit</c>. <c>minix run</c> enters a program through it on the stack Linux builds, which has the
/// layout exec leaves on the image.
/// </summary>
public static class ProgramStubs
{
    /// <summary>The program entry symbol.</summary>
    public const string EntrySymbol = "minix_program_start";

    /// <summary>What ILC names the native entry of a program's Main: <c>int __managed__Main(int argc, sbyte** argv)</c>.</summary>
    public const string ManagedMainSymbol = "__managed__Main";

    /// <summary>The zero-size symbol at the page-aligned end of a program image, where its break (heap) starts.</summary>
    public const string BreakSymbol = "__minix_program_break";

    /// <summary>The image's hook, after the runtime's start-up: Minix.Posix makes processor faults exceptions there.</summary>
    public const string ImageStartHook = "minix_program_faults";

    /// <summary>The entry stub.</summary>
    /// <param name="startHook">A <c>void ()</c> function called after the runtime's start-up and before Main, or null.</param>
    /// <returns>The code blob.</returns>
    public static CodeBlob Entry(string? startHook = null) => new(EntrySymbol, "program entry: runtime start-up, __managed__Main(argc, argv), minix_sys_exit", (a, symbols) =>
    {
        RuntimeConfigurationStubs.RecordStackTop(a, symbols);
        a.xor(ebp, ebp);
        a.mov(r12, __qword_ptr[rsp]);
        a.lea(r13, __[rsp + 8]);
        a.and(rsp, -16);
        a.call(symbols.AddressOf("minix_runtime_initialize"));
        if (startHook is not null)
            a.call(symbols.AddressOf(startHook));
        a.mov(edi, r12d);
        a.mov(rsi, r13);
        a.call(symbols.AddressOf(ManagedMainSymbol));
        a.mov(edi, eax);
        a.call(symbols.AddressOf("minix_sys_exit"));
        a.ud2();
    }, Keep: true);

    /// <summary>
    /// The heap of a program on the image: it starts empty at the image's page-aligned end (<see cref="BreakSymbol"/>),
    /// which is where exec leaves the process's break, and the runtime grows it through <c>minix_heap_grow</c> (the
    /// process manager's brk).
    /// </summary>
    /// <returns>The end marker and the accessors.</returns>
    public static (DataBlob End, IReadOnlyList<CodeBlob> Accessors) BreakHeap()
    {
        var end = new DataBlob(BreakSymbol, "end of the image: the program break starts here", 0) { MarksEnd = true, Alignment = 4096 };
        var accessors = new[]
        {
            new CodeBlob("minix_heap_start", "start of the heap: the image's end", (a, symbols) => AddressOf(a, symbols, BreakSymbol)),
            new CodeBlob("minix_heap_end", "end of the initial heap: empty, the runtime grows it", (a, symbols) => AddressOf(a, symbols, BreakSymbol)),
        };
        return (end, accessors);
    }

    private static void AddressOf(Assembler a, ILinkSymbols symbols, string symbol)
    {
        a.AddInstruction(Instruction.Create(Code.Lea_r64_m, Register.RAX, new MemoryOperand(Register.RIP, (long)symbols.AddressOf(symbol))));
        a.ret();
    }
}
