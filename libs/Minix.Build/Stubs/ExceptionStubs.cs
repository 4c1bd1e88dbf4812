using Minix.Build.Linking;
using static Iced.Intel.AssemblerRegisters;

namespace Minix.Build.Stubs;

/// <summary>
/// The machine code of exception dispatch, for every target: the throw and rethrow entries that capture the
/// thrower's registers for Minix.Runtime's dispatcher, the entry a target redirects a hardware fault to, and the
/// stubs that run a catch, finally or filter funclet with its method's registers and resume after a catch.
/// </summary>
/// <remarks>
/// A register state is nine words: rip, rsp, rbx, rbp, r12, r13, r14, r15 and a flag that rip is a faulting
/// instruction (Minix.Runtime's RegisterState). A funclet call record (FuncletCall) receives, at offset 16, the
/// address the funclet returns to in its stub and, at offset 24, the stub's stack pointer (to abandon a filter).
/// </remarks>
public static class ExceptionStubs
{
    private const int StateSize = 72;
    private const int ReturnAddressOffset = 16;
    private const int StubStackOffset = 24;

    /// <summary>The stubs.</summary>
    /// <returns>Code blobs.</returns>
    public static IReadOnlyList<CodeBlob> Code() => new[]
    {
        // void RhpThrowEx(object exception): the caller's state is its return address and the stack above it.
        new CodeBlob("RhpThrowEx", "throw: capture the thrower's registers, enter the dispatcher", (a, s) =>
        {
            CaptureCaller(a);
            a.mov(rsi, rsp);
            a.call(s.AddressOf("minix_dispatch_throw"));
            a.int3();
        }),
        new CodeBlob("RhpRethrow", "rethrow: capture the catch funclet's registers, enter the dispatcher", (a, s) =>
        {
            CaptureCaller(a);
            a.mov(rdi, rsp);
            a.call(s.AddressOf("minix_dispatch_rethrow"));
            a.int3();
        }),

        // Entered instead of the faulting instruction (the target rewrote the context): rdi = fault kind,
        // rsi = the faulting instruction, rdx = the stack pointer at the fault; every callee-saved register still
        // holds the faulting frame's value.
        new CodeBlob("minix_hardware_fault_entry", "hardware fault as an exception: capture the faulting frame, enter the dispatcher", (a, s) =>
        {
            a.and(rsp, -16);
            a.sub(rsp, StateSize + 8);
            a.mov(__qword_ptr[rsp], rsi);
            a.mov(__qword_ptr[rsp + 8], rdx);
            SaveCalleeSaved(a, 16);
            a.mov(__qword_ptr[rsp + 64], 1);
            a.mov(rsi, rsp);
            a.call(s.AddressOf("minix_dispatch_hardware_fault"));
            a.int3();
        }),

        new CodeBlob("minix_hardware_fault_entry_address", "address of minix_hardware_fault_entry (for a signal handler to return into)", (a, s) =>
        {
            a.AddInstruction(Iced.Intel.Instruction.Create(Iced.Intel.Code.Lea_r64_m, Iced.Intel.Register.RAX,
                new Iced.Intel.MemoryOperand(Iced.Intel.Register.RIP, (long)s.AddressOf("minix_hardware_fault_entry"))));
            a.ret();
        }),

        // void minix_call_catch_funclet(object exception, nint handler, RegisterState* frame, FuncletCall* call):
        // run the funclet with the frame's registers, tell the runtime, cut the stack back to the frame and
        // continue where the funclet says. Never returns.
        new CodeBlob("minix_call_catch_funclet", "run a catch funclet and resume its method", (a, s) =>
        {
            var back = a.CreateLabel();
            a.sub(rsp, 24);
            a.mov(__qword_ptr[rsp], rdx);
            a.mov(__qword_ptr[rsp + 8], rcx);
            a.lea(rax, __[back]);
            a.mov(__qword_ptr[rcx + ReturnAddressOffset], rax);
            LoadCalleeSaved(a, rdx);
            a.call(rsi);
            a.Label(ref back);
            a.mov(__qword_ptr[rsp + 16], rax);
            a.mov(rdi, __qword_ptr[rsp + 8]);
            a.call(s.AddressOf("minix_catch_completed"));
            a.mov(rax, __qword_ptr[rsp + 16]);
            a.mov(rdx, __qword_ptr[rsp]);
            LoadCalleeSaved(a, rdx);
            a.mov(rsp, __qword_ptr[rdx + 8]);
            a.jmp(rax);
        }),

        // void minix_call_finally_funclet(nint handler, RegisterState* frame, FuncletCall* call)
        new CodeBlob("minix_call_finally_funclet", "run a finally funclet with its method's registers", (a, _) =>
        {
            var back = a.CreateLabel();
            PushCalleeSaved(a);
            a.push(rsi);
            a.lea(rax, __[back]);
            a.mov(__qword_ptr[rdx + ReturnAddressOffset], rax);
            LoadCalleeSaved(a, rsi);
            a.call(rdi);
            a.Label(ref back);
            a.pop(rsi);
            a.mov(__qword_ptr[rsi + 16], rbx);
            a.mov(__qword_ptr[rsi + 24], rbp);
            a.mov(__qword_ptr[rsi + 32], r12);
            a.mov(__qword_ptr[rsi + 40], r13);
            a.mov(__qword_ptr[rsi + 48], r14);
            a.mov(__qword_ptr[rsi + 56], r15);
            PopCalleeSaved(a);
            a.ret();
        }),

        // int minix_call_filter_funclet(object exception, nint filter, RegisterState* frame, FuncletCall* call)
        new CodeBlob("minix_call_filter_funclet", "run a filter funclet with its method's registers", (a, _) =>
        {
            var back = a.CreateLabel();
            PushCalleeSaved(a);
            a.sub(rsp, 8);
            a.mov(__qword_ptr[rcx + StubStackOffset], rsp);
            a.lea(rax, __[back]);
            a.mov(__qword_ptr[rcx + ReturnAddressOffset], rax);
            LoadCalleeSaved(a, rdx);
            a.call(rsi);
            a.Label(ref back);
            a.add(rsp, 8);
            PopCalleeSaved(a);
            a.ret();
        }),

        // void minix_abandon_filter(FuncletCall* call): an exception escaped the filter; its verdict is false.
        new CodeBlob("minix_abandon_filter", "leave a filter an exception escaped from, with the verdict false", (a, _) =>
        {
            a.mov(rsp, __qword_ptr[rdi + StubStackOffset]);
            a.add(rsp, 8);
            PopCalleeSaved(a);
            a.xor(eax, eax);
            a.ret();
        }),
    };

    // On entry rsp points at the return address: the caller's rip is [rsp], its rsp is rsp + 8. Leaves a register
    // state at rsp, 16-byte aligned for the call that follows.
    private static void CaptureCaller(Iced.Intel.Assembler a)
    {
        a.lea(rax, __[rsp + 8]);
        a.mov(rcx, __qword_ptr[rsp]);
        a.sub(rsp, StateSize);
        a.mov(__qword_ptr[rsp], rcx);
        a.mov(__qword_ptr[rsp + 8], rax);
        SaveCalleeSaved(a, 16);
        a.mov(__qword_ptr[rsp + 64], 0);
    }

    private static void SaveCalleeSaved(Iced.Intel.Assembler a, int offset)
    {
        a.mov(__qword_ptr[rsp + offset], rbx);
        a.mov(__qword_ptr[rsp + offset + 8], rbp);
        a.mov(__qword_ptr[rsp + offset + 16], r12);
        a.mov(__qword_ptr[rsp + offset + 24], r13);
        a.mov(__qword_ptr[rsp + offset + 32], r14);
        a.mov(__qword_ptr[rsp + offset + 40], r15);
    }

    private static void LoadCalleeSaved(Iced.Intel.Assembler a, Iced.Intel.AssemblerRegister64 state)
    {
        a.mov(rbx, __qword_ptr[state + 16]);
        a.mov(rbp, __qword_ptr[state + 24]);
        a.mov(r12, __qword_ptr[state + 32]);
        a.mov(r13, __qword_ptr[state + 40]);
        a.mov(r14, __qword_ptr[state + 48]);
        a.mov(r15, __qword_ptr[state + 56]);
    }

    private static void PushCalleeSaved(Iced.Intel.Assembler a)
    {
        a.push(rbx);
        a.push(rbp);
        a.push(r12);
        a.push(r13);
        a.push(r14);
        a.push(r15);
    }

    private static void PopCalleeSaved(Iced.Intel.Assembler a)
    {
        a.pop(r15);
        a.pop(r14);
        a.pop(r13);
        a.pop(r12);
        a.pop(rbp);
        a.pop(rbx);
    }
}
