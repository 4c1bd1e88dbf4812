using System.Runtime.InteropServices;
using Minix.Kernel.Calls;
using Minix.Runtime;

namespace Minix.Posix;

/// <summary>
/// A program's processor faults as exceptions on the image: at start-up (the user-program target's entry calls
/// <c>minix_program_faults</c>) SIGSEGV and SIGFPE get a signal entry that rewrites the interrupted registers in the
/// signal's frame so that sigreturn resumes in the runtime's <c>minix_hardware_fault_entry</c>, which throws
/// NullReferenceException or DivideByZeroException from the faulting instruction, as .NET does; a catch clause takes
/// them like any other exception.
/// </summary>
internal static unsafe class ProgramFaults
{
    // Offsets within the saved registers (SignalFrame's layout: the kernel's trap frame).
    private const int SavedRdi = 584;
    private const int SavedRsi = 592;
    private const int SavedRdx = 600;

    [UnmanagedCallersOnly(EntryPoint = "minix_program_faults")]
    private static void Install()
    {
        ulong entry = (ulong)(delegate* unmanaged<int, ulong, ulong, void>)&OnFault;
        Posix.SignalAction(Signal.SegmentationFault, entry, 0, SignalActionFlags.None, entry, out _);
        Posix.SignalAction(Signal.FloatingPointException, entry, 0, SignalActionFlags.None, entry, out _);
    }

    // The entry minix_hardware_fault_entry expects: rdi = the fault's kind, rsi = the faulting instruction, rdx = the
    // stack pointer at the fault, every callee-saved register as it was.
    [UnmanagedCallersOnly]
    private static void OnFault(int signal, ulong frame, ulong handler)
    {
        byte* registers = (byte*)frame + sizeof(SignalFrame);
        ulong* instruction = (ulong*)(registers + SignalFrame.InstructionOffset);
        FaultKind kind = signal == (int)Signal.FloatingPointException ? FaultKind.DivideByZero : FaultKind.NullReference;
        *(ulong*)(registers + SavedRdi) = (ulong)kind;
        *(ulong*)(registers + SavedRsi) = *instruction;
        *(ulong*)(registers + SavedRdx) = *(ulong*)(registers + SignalFrame.StackOffset);
        *instruction = HardwareFaultEntry();
        Posix.ReturnFromSignal(frame);
    }

    [DllImport("*", EntryPoint = "minix_hardware_fault_entry_address"), SuppressGCTransition]
    private static extern ulong HardwareFaultEntry();
}
