using System;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Minix.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// Targets of the checks ILC and the JIT emit (overflow, bounds, null, divide, ...). In a program each throws the
// exception .NET would; elsewhere each faults directly, without allocating an exception object, so that it works
// even when the heap is exhausted.
internal static class ThrowHelpers
{
    public static void ThrowOverflowException() => Raise(FaultKind.Overflow);

    public static void ThrowIndexOutOfRangeException() => Raise(FaultKind.IndexOutOfRange);

    public static void ThrowNullReferenceException() => Raise(FaultKind.NullReference);

    public static void ThrowDivideByZeroException() => Raise(FaultKind.DivideByZero);

    public static void ThrowArrayTypeMismatchException() => Raise(FaultKind.ArrayTypeMismatch);

    public static void ThrowInvalidCastException() => Raise(FaultKind.InvalidCast);

    public static void ThrowArgumentException() => Raise(FaultKind.Argument);

    public static void ThrowArgumentOutOfRangeException() => Raise(FaultKind.ArgumentOutOfRange);

    public static void ThrowPlatformNotSupportedException() => Raise(FaultKind.PlatformNotSupported);

    public static void ThrowNotImplementedException() => Raise(FaultKind.NotImplemented);

    public static void ThrowNotSupportedException() => Raise(FaultKind.NotSupported);

    public static void ThrowInvalidProgramException() => Fault.Raise(FaultKind.FailFast, "invalid program");

    public static void ThrowInvalidProgramExceptionWithArgument(int id, string methodName) =>
        Fault.Raise(FaultKind.FailFast, methodName);

    public static void ThrowTypeLoadException() => Fault.Raise(FaultKind.FeatureMissing, "type load failure");

    public static void ThrowTypeLoadExceptionWithArgument(int id, string className, string typeName) =>
        Fault.Raise(FaultKind.FeatureMissing, typeName);

    public static void ThrowMissingMethodException() => Fault.Raise(FaultKind.FeatureMissing, "missing method");

    public static void ThrowMissingFieldException() => Fault.Raise(FaultKind.FeatureMissing, "missing field");

    public static void ThrowFileNotFoundException() => Fault.Raise(FaultKind.FeatureMissing, "missing assembly");

    public static void ThrowBadImageFormatException() => Fault.Raise(FaultKind.FeatureMissing, "bad image format");

    public static void ThrowEntryPointNotFoundException() => Fault.Raise(FaultKind.FeatureMissing, "entry point not found");

    public static void ThrowAmbiguousMatchException() => Fault.Raise(FaultKind.FeatureMissing, "ambiguous match");

    public static void ThrowFeatureBodyRemoved() => Fault.Raise(FaultKind.FeatureMissing, "method body removed by the compiler");

    public static void ThrowInstanceBodyRemoved() => Fault.Raise(FaultKind.FeatureMissing, "instance method body removed by the compiler");

    public static void ThrowUnavailableType() => Fault.Raise(FaultKind.FeatureMissing, "type not available in the image");

    internal static void Overflow() => Raise(FaultKind.Overflow);

    // A failed cast of an object of type `from` to `to`, with .NET's message naming both (in a program).
    internal static unsafe void ThrowInvalidCast(MethodTable* from, MethodTable* to)
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
            Fault.Raise(FaultKind.InvalidCast);
        throw new InvalidCastException("Unable to cast object of type '" + CastName(from) + "' to type '" + CastName(to) + "'.");
    }

    // How .NET names a type in a cast error: its namespace and name, and a nested type has no namespace of its own,
    // so 'Box', not 'Outer+Box'.
    private static unsafe string CastName(MethodTable* type)
    {
        string full = new RuntimeType(type).FullName;
        int nested = -1;
        for (int i = 0; i < full.Length && full[i] != '<' && full[i] != '['; i++)
        {
            if (full[i] == '+')
                nested = i;
        }

        return nested < 0 ? full : full.Substring(nested + 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Raise(FaultKind kind)
    {
        if (!ProcessFeatures.Has(RuntimeFeatures.CatchableExceptions))
            Fault.Raise(kind);
        throw kind switch
        {
            FaultKind.Overflow => new OverflowException(),
            FaultKind.IndexOutOfRange => new IndexOutOfRangeException(),
            FaultKind.NullReference => new NullReferenceException(),
            FaultKind.DivideByZero => new DivideByZeroException(),
            FaultKind.ArrayTypeMismatch => new ArrayTypeMismatchException(),
            FaultKind.InvalidCast => new InvalidCastException(),
            FaultKind.Argument => new ArgumentException(),
            FaultKind.ArgumentOutOfRange => new ArgumentOutOfRangeException(),
            FaultKind.PlatformNotSupported => new PlatformNotSupportedException(),
            FaultKind.NotImplemented => new NotImplementedException(),
            _ => new NotSupportedException(),
        };
    }
}
