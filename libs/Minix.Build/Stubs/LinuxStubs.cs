using Iced.Intel;
using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>The <c>linux-run</c> target's machine code: the process entry, raw system calls and signal set-up.</summary>
public static class LinuxStubs
{
    /// <summary>The entry symbol of a linux-run executable.</summary>
    public const string EntrySymbol = "_start";

    /// <summary>The C# entry the start-up calls: <c>int minix_main(int argc, byte** argv)</c>.</summary>
    public const string MainSymbol = "minix_main";

    private const int SaSigInfo = 0x4;
    private const int SaRestorer = 0x04000000;
    private const int SaOnStack = 0x08000000;
    private const int SysRtSigaction = 13;
    private const int SysRtSigreturn = 15;
    private const int SysExitGroup = 231;

    /// <summary>The generated host's set-up a program run calls before the program's own entry.</summary>
    public const string HostStartSymbol = "minix_linux_host_start";

    /// <summary>The stubs of a method run (<c>minix_main</c> is the generated host's).</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code() => Shared().Prepend(MethodEntry()).ToList();

    /// <summary>The stubs of a program run: the host's set-up, then the program ABI's entry on the untouched stack.</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> ProgramCode() => Shared().Prepend(new CodeBlob(EntrySymbol, "process entry: host set-up, then minix_program_start", (a, symbols) =>
    {
        a.mov(r12, rsp);
        a.and(rsp, -16);
        a.mov(rdi, r12);
        a.call(symbols.AddressOf(HostStartSymbol));
        a.mov(rsp, r12);
        a.jmp(symbols.AddressOf(ProgramStubs.EntrySymbol));
    }, Keep: true)).ToList();

    private static CodeBlob MethodEntry() =>
        // The kernel enters with rsp at argc. Start-up runs before minix_main, which returns the exit status.
        new CodeBlob(EntrySymbol, "process entry: runtime start-up, minix_main(argc, argv), exit_group", (a, symbols) =>
        {
            RuntimeConfigurationStubs.RecordStackTop(a, symbols);
            a.xor(ebp, ebp);
            a.mov(r12, __qword_ptr[rsp]);
            a.lea(r13, __[rsp + 8]);
            a.and(rsp, -16);
            a.call(symbols.AddressOf("minix_runtime_initialize"));
            a.mov(edi, r12d);
            a.mov(rsi, r13);
            a.call(symbols.AddressOf(MainSymbol));
            a.mov(edi, eax);
            a.mov(eax, SysExitGroup);
            a.syscall();
            a.hlt();
        }, Keep: true);

    private static IEnumerable<CodeBlob> Shared() => new[]
    {
        // long minix_linux_syscall(long nr, long a1, long a2, long a3, long a4, long a5)
        new CodeBlob("minix_linux_syscall", "raw Linux system call with up to five arguments", (a, _) =>
        {
            a.mov(rax, rdi);
            a.mov(rdi, rsi);
            a.mov(rsi, rdx);
            a.mov(rdx, rcx);
            a.mov(r10, r8);
            a.mov(r8, r9);
            a.syscall();
            a.ret();
        }),

        // long minix_linux_sigaction(int signal, void* handler): installs handler(sig, info, context) with
        // SA_SIGINFO and a restorer, as x86-64 Linux requires, on the alternate signal stack if one is set (SA_ONSTACK).
        new CodeBlob("minix_linux_sigaction", "install a SA_SIGINFO signal handler", (a, _) =>
        {
            var restorer = a.CreateLabel();
            a.sub(rsp, 40);
            a.mov(__qword_ptr[rsp], rsi);
            a.mov(eax, SaSigInfo | SaRestorer | SaOnStack);
            a.mov(__qword_ptr[rsp + 8], rax);
            a.lea(rax, __[restorer]);
            a.mov(__qword_ptr[rsp + 16], rax);
            a.mov(__qword_ptr[rsp + 24], 0);
            a.mov(rsi, rsp);
            a.xor(edx, edx);
            a.mov(r10d, 8);
            a.mov(eax, SysRtSigaction);
            a.syscall();
            a.add(rsp, 40);
            a.ret();
            a.Label(ref restorer);
            a.mov(eax, SysRtSigreturn);
            a.syscall();
        }),
    };
}
