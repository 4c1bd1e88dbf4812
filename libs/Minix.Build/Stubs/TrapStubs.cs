using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// Stubs ring-3 processes use to enter the kernel. Arguments stay in the SysV registers (rdi, rsi, rdx) for the
/// kernel's trap handler to read from the saved frame; the result comes back in rax.
/// </summary>
public static class TrapStubs
{
    /// <summary>The trap stubs for <paramref name="vectors"/>.</summary>
    /// <param name="vectors">The vectors (MINIX defaults if null).</param>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code(TrapVectors? vectors = null)
    {
        vectors ??= new TrapVectors();
        return new[]
        {
            new CodeBlob("minix_ipc_trap", $"int ipc(int function, int endpoint, Message* message): int 0x{vectors.Ipc:x}", (a, _) => { a.@int(vectors.Ipc); a.ret(); }),
            new CodeBlob("minix_kernel_call_trap", $"int kernel_call(Message* message): int 0x{vectors.KernelCall:x}", (a, _) => { a.@int(vectors.KernelCall); a.ret(); }),

            // The kernel ends the process and tells RS; if it ever resumes us, trap again.
            new CodeBlob("minix_fault", $"fault hook (kind, message, length): int 0x{vectors.Fault:x}, never returns", (a, _) =>
            {
                var again = a.CreateLabel();
                a.Label(ref again);
                a.@int(vectors.Fault);
                a.jmp(again);
            }),
            new CodeBlob("minix_debug_write", $"debug write (utf8, length): int 0x{vectors.DebugWrite:x}", (a, _) => { a.@int(vectors.DebugWrite); a.ret(); }),
        };
    }
}
