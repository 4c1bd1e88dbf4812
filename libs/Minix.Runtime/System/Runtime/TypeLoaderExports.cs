using Minix.Runtime;

namespace System.Runtime;

// Generic virtual method calls: ILC asks for the method a slot resolves to on an object's type.
internal static unsafe class TypeLoaderExports
{
    public static nint GVMLookupForSlot(object obj, RuntimeMethodHandle slot)
    {
        Fault.Raise(FaultKind.FeatureMissing, "generic virtual method");
        return 0;
    }
}
