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

    /// <summary>The entry stub.</summary>
    /// <returns>The code blob.</returns>
    public static CodeBlob Entry() => new(EntrySymbol, "program entry: runtime start-up, __managed__Main(argc, argv), minix_sys_exit", (a, symbols) =>
    {
        RuntimeConfigurationStubs.RecordStackTop(a, symbols);
        a.xor(ebp, ebp);
        a.mov(r12, __qword_ptr[rsp]);
        a.lea(r13, __[rsp + 8]);
        a.and(rsp, -16);
        a.call(symbols.AddressOf("minix_runtime_initialize"));
        a.mov(edi, r12d);
        a.mov(rsi, r13);
        a.call(symbols.AddressOf(ManagedMainSymbol));
        a.mov(edi, eax);
        a.call(symbols.AddressOf("minix_sys_exit"));
        a.ud2();
    }, Keep: true);
}
