namespace Minix.Runtime.Exceptions;

// A call into a catch, finally or filter funclet, recorded on the dispatcher's stack while the funclet runs. An
// exception escaping the funclet unwinds through the calling stub to the funclet's own method frame (Parent),
// skipping the clauses up to the one running. Layout contract with the linker's exception stubs: the stub writes
// ReturnAddress (where the funclet returns to) and StubStackPointer (to abandon a filter).
internal unsafe struct FuncletCall
{
    public FuncletCall* Next;
    public RegisterState* Parent;
    public nint ReturnAddress;
    public nint StubStackPointer;
    public nint Exception;
    public uint ClauseIndex;
    public FuncletKind Kind;

    // The innermost funclet call in progress (one thread per process).
    public static FuncletCall* Innermost;

    public static FuncletCall* ReturningTo(nint address)
    {
        for (FuncletCall* call = Innermost; call != null; call = call->Next)
        {
            if (call->ReturnAddress == address)
                return call;
        }

        return null;
    }

    public static void Push(FuncletCall* call)
    {
        call->Next = Innermost;
        Innermost = call;
    }

    // Forgets calls whose stub frames lie below `stackPointer`: the stack has been cut back above them.
    public static void DiscardBelow(nint stackPointer)
    {
        while (Innermost != null && (nint)Innermost < stackPointer)
            Innermost = Innermost->Next;
    }
}

internal enum FuncletKind
{
    Catch = 1,
    Finally = 2,
    Filter = 3,
}
