namespace System;

/// <summary>
/// The base of every delegate. Layout and the Initialize* methods are a contract with ILC, which generates each
/// delegate's constructor and Invoke from them.
/// </summary>
public abstract class Delegate
{
    internal object m_firstParameter;
    internal object m_helperObject;
    internal nint m_extraFunctionPointerOrData;
    internal nint m_functionPointer;

    private void InitializeClosedInstance(object firstParameter, nint functionPointer)
    {
        if (firstParameter is null)
            Minix.Runtime.Fault.Raise(Minix.Runtime.FaultKind.NullReference, "delegate bound to a null target");
        m_functionPointer = functionPointer;
        m_firstParameter = firstParameter;
    }

    private void InitializeClosedInstanceSlow(object firstParameter, nint functionPointer) =>
        InitializeClosedInstance(firstParameter, functionPointer);

    private void InitializeClosedStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        m_extraFunctionPointerOrData = functionPointer;
        m_helperObject = firstParameter;
        m_functionPointer = functionPointerThunk;
        m_firstParameter = this;
    }

    private void InitializeOpenStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        m_firstParameter = this;
        m_functionPointer = functionPointerThunk;
        m_extraFunctionPointerOrData = functionPointer;
    }

    private void InitializeOpenInstanceThunkDynamic(nint functionPointer, nint functionPointerThunk)
    {
        m_firstParameter = this;
        m_functionPointer = functionPointerThunk;
        m_extraFunctionPointerOrData = functionPointer;
    }

    // Invoke of a delegate whose target is a static method goes through a thunk that reads this.
    private nint GetThunk(int whichThunk) => 0;
}
