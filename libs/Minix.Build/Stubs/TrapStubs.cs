using Minix.Build.Linking;
using Minix.Kernel.Calls;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// Stubs ring-3 processes use to enter the kernel, through the vectors <see cref="TrapVector"/> defines. Arguments
/// stay in the SysV registers (rdi, rsi, rdx) for the kernel's trap handler to read from the saved frame; the result
/// comes back in rax.
/// </summary>
public static class TrapStubs
{
    /// <summary>The longest line the fault hook hands the kernel's debug write at once (the kernel prints at most 160 bytes a call).</summary>
    public const int FaultLineBytes = 160;

    /// <summary>The trap stubs.</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code() => new[]
    {
        new CodeBlob("minix_ipc_trap", $"int ipc(int function, int endpoint, Message* message): int 0x{TrapVector.Ipc:x}", (a, _) => { a.@int(TrapVector.Ipc); a.ret(); }),
        new CodeBlob("minix_kernel_call_trap", $"int kernel_call(Message* message): int 0x{TrapVector.KernelCall:x}", (a, _) => { a.@int(TrapVector.KernelCall); a.ret(); }),
        FaultHook(),
        new CodeBlob("minix_debug_write", $"debug write (utf8, length): int 0x{TrapVector.DebugWrite:x}", (a, _) => { a.@int(TrapVector.DebugWrite); a.ret(); }),
    };

    /// <summary>
    /// <c>minix_fault(int kind, char* message, int length)</c>: the message of the exception that ended the process
    /// (a DriverKit refusal names the call, the status, the system.conf line and the C# line) goes to the console
    /// first, one debug write per line, UTF-16 narrowed to ASCII ('?' for the rest); then the fault trap, after which
    /// the kernel ends the process and tells RS. If it ever resumes the process, the stub traps again. Doing this in
    /// the process keeps the kernel out of reading and converting a process's UTF-16.
    /// </summary>
    private static CodeBlob FaultHook() => new("minix_fault", $"fault hook (kind, message, length): message lines by int 0x{TrapVector.DebugWrite:x}, then int 0x{TrapVector.Fault:x}, never returns", (a, _) =>
    {
        var nextLine = a.CreateLabel();
        var copy = a.CreateLabel();
        var store = a.CreateLabel();
        var write = a.CreateLabel();
        var trap = a.CreateLabel();
        var again = a.CreateLabel();
        a.mov(r12d, edi);
        a.test(rsi, rsi);
        a.jz(trap);
        a.test(edx, edx);
        a.jle(trap);
        a.mov(edx, edx);
        a.mov(r13, rsi);
        a.lea(r14, __[rsi + rdx * 2]);
        a.and(rsp, -16);
        a.sub(rsp, FaultLineBytes);

        a.Label(ref nextLine);
        a.cmp(r13, r14);
        a.jae(trap);
        a.xor(ecx, ecx);
        a.Label(ref copy);
        a.cmp(r13, r14);
        a.jae(write);
        a.movzx(eax, __word_ptr[r13]);
        a.add(r13, 2);
        a.cmp(eax, '\n');
        a.je(write);
        a.cmp(ecx, FaultLineBytes);
        a.jae(copy);
        a.cmp(eax, 0x7f);
        a.jbe(store);
        a.mov(eax, '?');
        a.Label(ref store);
        a.mov(__byte_ptr[rsp + rcx], al);
        a.inc(ecx);
        a.jmp(copy);
        a.Label(ref write);
        a.test(ecx, ecx);
        a.jz(nextLine);
        a.mov(rdi, rsp);
        a.mov(esi, ecx);
        a.@int(TrapVector.DebugWrite);
        a.jmp(nextLine);

        a.Label(ref trap);
        a.mov(edi, r12d);
        a.Label(ref again);
        a.@int(TrapVector.Fault);
        a.jmp(again);
    });
}
