namespace System;

/// <summary>
/// The base of every delegate. Layout and the Initialize* methods are a contract with ILC, which generates each
/// delegate's constructor and Invoke from them.
/// </summary>
public abstract class Delegate
{
    internal object _firstParameter;
    internal object _helperObject;
    internal nint _extraFunctionPointerOrData;
    internal nint _functionPointer;

    private void InitializeClosedInstance(object firstParameter, nint functionPointer)
    {
        if (firstParameter is null)
            throw new ArgumentException("Delegate to an instance method cannot have null 'this'.");
        _functionPointer = functionPointer;
        _firstParameter = firstParameter;
    }

    private void InitializeClosedInstanceSlow(object firstParameter, nint functionPointer) =>
        InitializeClosedInstance(firstParameter, functionPointer);

    // A delegate to an interface method: the method is found through the dispatch cell now, for this target.
    private void InitializeClosedInstanceToInterface(object firstParameter, nint dispatchCell)
    {
        if (firstParameter is null)
            throw new NullReferenceException();
        _functionPointer = Minix.Runtime.Dispatch.InterfaceDispatch.Resolve(firstParameter, dispatchCell);
        _firstParameter = firstParameter;
    }

    private void InitializeClosedStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        _extraFunctionPointerOrData = functionPointer;
        _helperObject = firstParameter;
        _functionPointer = functionPointerThunk;
        _firstParameter = this;
    }

    private void InitializeOpenStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        _firstParameter = this;
        _functionPointer = functionPointerThunk;
        _extraFunctionPointerOrData = functionPointer;
    }

    private void InitializeOpenInstanceThunkDynamic(nint functionPointer, nint functionPointerThunk)
    {
        _firstParameter = this;
        _functionPointer = functionPointerThunk;
        _extraFunctionPointerOrData = functionPointer;
    }
}
