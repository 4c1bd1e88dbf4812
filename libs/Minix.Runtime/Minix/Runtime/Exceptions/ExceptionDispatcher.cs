using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace Minix.Runtime.Exceptions;

// Throw, catch, filter, finally and rethrow over ILC's funclets, in two passes as NativeAOT does: the first walks
// the stack from the throw to the first clause that takes the exception (running filters on the way), the second
// walks it again running the finally clauses below that frame, then the catch funclet runs and the method continues
// where it says. A process without catchable exceptions (the kernel, drivers) faults at the throw instead.
internal static unsafe class ExceptionDispatcher
{
    private const uint NoClause = uint.MaxValue;

    // Entered from the linker's RhpThrowEx stub with the thrower's registers.
    [RuntimeExport("minix_dispatch_throw")]
    public static void Throw(object thrown, RegisterState* state)
    {
        Exception exception = thrown as Exception;
        if (!ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
            FaultAtThrow(exception);
        exception ??= new NullReferenceException();
        exception.RestartStackTrace();
        Dispatch(exception, state);
    }

    // `throw;` inside a catch: the exception the innermost running catch funclet handles, thrown on from here.
    [RuntimeExport("minix_dispatch_rethrow")]
    public static void Rethrow(RegisterState* state)
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
            Fault.Raise(FaultKind.FailFast, "rethrow without catchable exceptions");
        for (FuncletCall* call = FuncletCall.Innermost; call != null; call = call->Next)
        {
            if (call->Kind == FuncletKind.Catch)
                Dispatch(Unsafe.As<nint, Exception>(ref call->Exception), state);
        }

        Fault.Raise(FaultKind.FailFast, "rethrow outside a catch clause");
    }

    // A hardware fault turned into an exception: the target redirected the faulting thread here with the faulting
    // instruction's registers.
    [RuntimeExport("minix_dispatch_hardware_fault")]
    public static void HardwareFault(int kind, RegisterState* state)
    {
        Exception exception = (FaultKind)kind switch
        {
            FaultKind.DivideByZero => new DivideByZeroException(),
            FaultKind.Overflow => new OverflowException(),
            _ => new NullReferenceException(),
        };
        exception.RestartStackTrace();
        state->IsFault = 1;
        Dispatch(exception, state);
    }

    // The catch funclet returned: the stack is about to be cut back to its method's frame, so every funclet call
    // recorded below that frame is over.
    [RuntimeExport("minix_catch_completed")]
    public static void CatchCompleted(FuncletCall* call) => FuncletCall.DiscardBelow(call->Parent->Rsp);

    // Throws `exception` as if from `kind`: what the runtime's own checks use so that a program can catch them.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void FaultAtThrow(Exception exception)
    {
        if (exception is null)
            Fault.Raise(FaultKind.NullReference, "throw null");
        Fault.Raise(exception.Kind, exception.Message);
    }

    private static void Dispatch(Exception exception, RegisterState* thrower)
    {
        Handler handler = FirstPass(exception, *thrower);
        if (handler.Kind == HandlerKind.None)
            UnhandledException.Report(exception);

        RegisterState frame = *thrower;
        uint skipThrough = NoClause;
        while (true)
        {
            FrameKind kind = Settle(ref frame, ref skipThrough, out UnwindEntry* entry, out FuncletCall* boundary);
            if (kind == FrameKind.FilterBoundary)
                FuncletStubs.AbandonFilter(boundary);
            if (kind != FrameKind.Managed)
                Fault.Raise(FaultKind.FailFast, "the second pass lost the frame the first pass chose");
            bool handlingFrame = frame.Rsp == handler.FrameStackPointer && entry == handler.Entry;
            RunFinallyClauses(entry, &frame, skipThrough, handlingFrame ? handler.ClauseIndex : NoClause);
            if (handlingFrame)
                break;
            if (!UnwindTable.StepToCaller(entry, ref frame))
                Fault.Raise(FaultKind.FailFast, "cannot unwind from a prolog");
            skipThrough = NoClause;
        }

        FuncletCall call = default;
        call.Parent = &frame;
        call.ClauseIndex = handler.ClauseIndex;
        call.Kind = FuncletKind.Catch;
        call.Exception = Unsafe.As<Exception, nint>(ref exception);
        FuncletCall.Push(&call);
        FuncletStubs.CallCatch(exception, handler.Address, &frame, &call);
    }

    private static Handler FirstPass(Exception exception, RegisterState frame)
    {
        uint skipThrough = NoClause;
        while (true)
        {
            FrameKind kind = Settle(ref frame, ref skipThrough, out UnwindEntry* entry, out FuncletCall* boundary);
            if (kind == FrameKind.End)
                return default;
            if (kind == FrameKind.FilterBoundary)
                return new Handler { Kind = HandlerKind.AbandonFilter };
            exception.AppendStackFrame(frame.LookupAddress);
            if (FindCatch(exception, entry, &frame, skipThrough, out uint index, out nint address))
                return new Handler { Kind = HandlerKind.Catch, Entry = entry, FrameStackPointer = frame.Rsp, ClauseIndex = index, Address = address };
            if (!UnwindTable.StepToCaller(entry, ref frame))
                return default;
            skipThrough = NoClause;
        }
    }

    // Moves `frame` onto managed code: through the stub a funclet returns into, to the funclet's method (whose
    // clauses up to the running one no longer apply).
    private static FrameKind Settle(ref RegisterState frame, ref uint skipThrough, out UnwindEntry* entry, out FuncletCall* boundary)
    {
        while (true)
        {
            entry = UnwindTable.Find(frame.LookupAddress);
            boundary = null;
            if (entry != null)
                return FrameKind.Managed;
            boundary = FuncletCall.ReturningTo(frame.Rip);
            if (boundary == null)
                return FrameKind.End;
            if (boundary->Kind == FuncletKind.Filter)
                return FrameKind.FilterBoundary;
            frame = *boundary->Parent;
            skipThrough = boundary->ClauseIndex;
        }
    }

    private static bool FindCatch(Exception exception, UnwindEntry* entry, RegisterState* frame, uint skipThrough, out uint index, out nint address)
    {
        index = NoClause;
        address = 0;
        if (!EHClauseReader.TryOpen(entry, out nint methodStart, out EHClauseReader reader))
            return false;
        uint offset = (uint)(frame->Rip - methodStart);
        var skipper = new ClauseSkipper(skipThrough);
        for (uint i = 0; reader.Next(out EHClause clause); i++)
        {
            if (skipper.Skips(i, clause) || clause.Kind == EHClauseKind.Finally || !clause.Contains(offset))
                continue;
            if (clause.Kind == EHClauseKind.Typed)
            {
                if (!TypeCast.IsInstanceOfException(clause.CatchType, exception))
                    continue;
            }
            else if (!RunFilter(exception, clause.Filter, frame, i))
            {
                continue;
            }

            index = i;
            address = clause.Handler;
            return true;
        }

        return false;
    }

    private static bool RunFilter(Exception exception, nint filter, RegisterState* frame, uint clause)
    {
        FuncletCall call = default;
        call.Parent = frame;
        call.ClauseIndex = clause;
        call.Kind = FuncletKind.Filter;
        FuncletCall.Push(&call);
        int verdict = FuncletStubs.CallFilter(exception, filter, frame, &call);
        FuncletCall.DiscardBelow((nint)(&call) + 1);
        return verdict != 0;
    }

    private static void RunFinallyClauses(UnwindEntry* entry, RegisterState* frame, uint skipThrough, uint limit)
    {
        if (!EHClauseReader.TryOpen(entry, out nint methodStart, out EHClauseReader reader))
            return;
        uint offset = (uint)(frame->Rip - methodStart);
        var skipper = new ClauseSkipper(skipThrough);
        for (uint i = 0; i < limit && reader.Next(out EHClause clause); i++)
        {
            if (skipper.Skips(i, clause) || clause.Kind != EHClauseKind.Finally || !clause.Contains(offset))
                continue;
            FuncletCall call = default;
            call.Parent = frame;
            call.ClauseIndex = i;
            call.Kind = FuncletKind.Finally;
            FuncletCall.Push(&call);
            FuncletStubs.CallFinally(clause.Handler, frame, &call);
            FuncletCall.DiscardBelow((nint)(&call) + 1);
        }
    }

    // After a funclet, its method's clauses up to the running one are done with, and so are the other handlers of
    // the same try region (NativeAOT's rule for the parent frame).
    private struct ClauseSkipper
    {
        private readonly uint _through;
        private uint _tryStart;
        private uint _tryEnd;
        private bool _skipping;

        public ClauseSkipper(uint through)
        {
            _through = through;
            _skipping = through != NoClause;
            _tryStart = 0;
            _tryEnd = 0;
        }

        public bool Skips(uint index, in EHClause clause)
        {
            if (!_skipping)
                return false;
            if (index <= _through)
            {
                _tryStart = clause.TryStart;
                _tryEnd = clause.TryEnd;
                return true;
            }

            if (clause.TryStart == _tryStart && clause.TryEnd == _tryEnd)
                return true;
            _skipping = false;
            return false;
        }
    }

    private enum FrameKind
    {
        Managed,
        FilterBoundary,
        End,
    }

    private enum HandlerKind
    {
        None,
        Catch,
        AbandonFilter,
    }

    private struct Handler
    {
        public HandlerKind Kind;
        public UnwindEntry* Entry;
        public nint FrameStackPointer;
        public uint ClauseIndex;
        public nint Address;
    }
}
