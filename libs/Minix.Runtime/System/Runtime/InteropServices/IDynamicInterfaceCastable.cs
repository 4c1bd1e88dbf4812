namespace System.Runtime.InteropServices;

// ILC looks this interface and its members up by name; the image never implements it (no dynamic interface casts).
internal interface IDynamicInterfaceCastable
{
    bool IsInterfaceImplemented(RuntimeTypeHandle interfaceType, bool throwIfNotImplemented);

    RuntimeTypeHandle GetDynamicInterfaceImplementation(RuntimeTypeHandle interfaceType);
}
