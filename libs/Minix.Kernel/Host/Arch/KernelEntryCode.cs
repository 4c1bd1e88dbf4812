using System.Collections.Generic;
using Iced.Intel;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Kernel.Arch;

/// <summary>
/// The kernel's arch layer in machine code, emitted with Iced: the 64-bit entry the boot trampoline jumps to, one
/// 16-byte trap entry per vector, the common path that saves a <see cref="TrapFrame"/>, calls the C# trap handler
/// and resumes whatever frame it returns, and the idle loop. Everything else is C#.
/// </summary>
public static class KernelEntryCode
{
    /// <summary>The C# function every trap calls: <c>TrapFrame* minix_kernel_trap(TrapFrame* saved)</c>.</summary>
    public const string TrapHandler = "minix_kernel_trap";

    /// <summary>The C# kernel main: <c>void minix_kernel_main(ulong multibootInfo, ulong archive)</c>, never returns.</summary>
    public const string KernelMain = "minix_kernel_main";

    /// <summary>The runtime's start-up, run before any other C#.</summary>
    public const string RuntimeInitialize = "minix_runtime_initialize";

    /// <summary>The entry the trampoline jumps to (rdi = Multiboot info, rsi = boot archive).</summary>
    public const string Entry = "minix_kernel_entry";

    /// <summary>256 trap entries of <see cref="TrapEntrySize"/> bytes each, vector v at offset v * 16.</summary>
    public const string TrapEntries = "minix_trap_entries";

    /// <summary><c>void minix_resume(TrapFrame* frame)</c>: restores a frame and returns to it (never returns).</summary>
    public const string Resume = "minix_resume";

    /// <summary>The idle loop (ring 0, interrupts on).</summary>
    public const string Idle = "minix_idle";

    /// <summary>The boot stack.</summary>
    public const string BootStack = "minix_boot_stack";

    /// <summary>The kernel runtime's heap (objects the kernel allocates at start-up).</summary>
    public const string KernelHeap = "minix_kernel_heap";

    /// <summary>Bytes per trap entry.</summary>
    public const int TrapEntrySize = 16;

    /// <summary>Size of the boot stack.</summary>
    public const ulong BootStackSize = 64 * 1024;

    /// <summary>Size of the kernel's heap.</summary>
    public const ulong KernelHeapSize = 1024 * 1024;

    private static readonly int VectorOffset = (int)Marshal.OffsetOf<TrapFrame>(nameof(TrapFrame.Vector));

    // Pushed in this order, so a TrapFrame holds them from r15 (lowest address) up to rax.
    private static readonly AssemblerRegister64[] Saved = [rax, rbx, rcx, rdx, rsi, rdi, rbp, r8, r9, r10, r11, r12, r13, r14, r15];

    /// <summary>Vectors for which the CPU pushes an error code itself.</summary>
    public static bool HasErrorCode(int vector) => vector is 8 or 10 or 11 or 12 or 13 or 14 or 17 or 21 or 29 or 30;

    /// <summary>The code pieces.</summary>
    /// <returns>Entry, trap entries, common trap path, resume, idle, heap bounds.</returns>
    public static IReadOnlyList<ArchPiece> Code() =>
    [
        new(Entry, "64-bit kernel entry: boot stack, runtime start-up, kernel main", (a, symbol) =>
        {
            var halt = a.CreateLabel();
            a.mov(rsp, symbol(BootStack) + BootStackSize);
            a.push(rdi);
            a.push(rsi);
            a.mov(rax, symbol(RuntimeInitialize));
            a.call(rax);
            a.pop(rsi);
            a.pop(rdi);
            a.mov(rax, symbol(KernelMain));
            a.call(rax);
            a.Label(ref halt);
            a.cli();
            a.hlt();
            a.jmp(halt);
        }),
        new(TrapEntries, "one 16-byte entry per vector: push error code if the CPU did not, push vector, jump to the common path", (a, symbol) =>
        {
            // Raw bytes, so every entry is exactly 16 bytes whatever the assembler would choose: the C# side finds
            // vector v at base + v * 16.
            ulong start = symbol(TrapEntries);
            ulong common = symbol("minix_trap_common");
            for (int vector = 0; vector < 256; vector++)
                a.db(TrapEntry(vector, start + (ulong)(vector * TrapEntrySize), common));
        }),
        new("minix_trap_common", "save a trap frame, call the C# trap handler on the boot stack, resume the frame it returns", (a, symbol) =>
        {
            // An interrupt or trap lands where IST1 pointed: the running process's saved context, so nothing copies
            // it, and the handler runs on the boot stack (free once the first process runs). An exception stays on
            // its own stack, below its frame, so a fault in the kernel leaves the kernel's stack as it was.
            var onItsStack = a.CreateLabel();
            foreach (AssemblerRegister64 register in Saved)
                a.push(register);
            a.sub(rsp, 512);
            a.fxsave64(__[rsp]);
            a.cld();
            a.mov(rdi, rsp);
            a.cmp(__qword_ptr[rsp + VectorOffset], 32);
            a.jb(onItsStack);
            a.mov(rsp, symbol(BootStack) + BootStackSize);
            a.Label(ref onItsStack);
            a.call(symbol(TrapHandler)); // rel32: the kernel's code is one block, and a trap saves the jump through rax to Resume
            ResumeFrom(a, rax);
        }),
        new(Resume, "restore a trap frame and return to it", (a, _) => ResumeFrom(a, rdi)),
        new(Idle, "idle: wait for an interrupt with interrupts on", (a, _) =>
        {
            var again = a.CreateLabel();
            a.Label(ref again);
            a.sti();
            a.hlt();
            a.jmp(again);
        }),
        new("minix_address_of_trap_entries", "the address of the trap entries, for the IDT", (a, symbol) => { a.mov(rax, symbol(TrapEntries)); a.ret(); }),
        new("minix_address_of_idle", "the address of the idle loop", (a, symbol) => { a.mov(rax, symbol(Idle)); a.ret(); }),
        new("minix_heap_start", "the kernel runtime's heap start", (a, symbol) => { a.mov(rax, symbol(KernelHeap)); a.ret(); }),
        new("minix_heap_end", "the kernel runtime's heap end", (a, symbol) => { a.mov(rax, symbol(KernelHeap) + KernelHeapSize); a.ret(); }),
    ];

    private static void ResumeFrom(Assembler a, AssemblerRegister64 frame)
    {
        a.mov(rsp, frame);
        a.fxrstor64(__[rsp]);
        a.add(rsp, 512);
        for (int i = Saved.Length - 1; i >= 0; i--)
            a.pop(Saved[i]);
        a.add(rsp, 16);
        a.iretq();
    }

    /// <summary>The zero-filled regions.</summary>
    /// <returns>Boot stack and heap.</returns>
    public static IReadOnlyList<ArchData> Data() =>
    [
        new(BootStack, BootStackSize, "the stack the kernel starts on"),
        new(KernelHeap, KernelHeapSize, "the kernel runtime's heap"),
    ];

    /// <summary>The bytes of one trap entry.</summary>
    /// <param name="vector">The vector.</param>
    /// <param name="at">The entry's address.</param>
    /// <param name="common">The common path's address.</param>
    /// <returns>Exactly <see cref="TrapEntrySize"/> bytes.</returns>
    public static byte[] TrapEntry(int vector, ulong at, ulong common)
    {
        var bytes = new List<byte>(TrapEntrySize);
        if (!HasErrorCode(vector))
            bytes.AddRange([0x6A, 0x00]);                           // push 0
        if (vector < 128)
            bytes.AddRange([0x6A, (byte)vector]);                   // push imm8
        else
            bytes.AddRange([0x68, (byte)vector, 0, 0, 0]);          // push imm32
        long relative = (long)common - (long)(at + (ulong)bytes.Count + 5);
        if (relative < int.MinValue || relative > int.MaxValue)
            throw new InvalidOperationException("trap entries and the common trap path are more than 2 GiB apart");
        bytes.Add(0xE9);                                            // jmp rel32
        bytes.AddRange(BitConverter.GetBytes((int)relative));
        while (bytes.Count < TrapEntrySize)
            bytes.Add(0xCC);
        return bytes.ToArray();
    }
}
