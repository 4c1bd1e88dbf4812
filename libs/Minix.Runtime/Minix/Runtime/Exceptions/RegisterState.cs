namespace Minix.Runtime.Exceptions;

// One frame's view of the machine as the unwinder needs it: where it executes, its stack pointer and the
// callee-saved registers. Layout contract with the linker's exception stubs (Minix.Build ExceptionStubs): change
// both together. IsFault is 1 when Rip is a faulting instruction rather than a return address.
internal struct RegisterState
{
    public nint Rip;
    public nint Rsp;
    public nint Rbx;
    public nint Rbp;
    public nint R12;
    public nint R13;
    public nint R14;
    public nint R15;
    public nint IsFault;

    // The address to look a frame up by: a return address belongs to the call just before it.
    public readonly nint LookupAddress => IsFault != 0 ? Rip : Rip - 1;
}
