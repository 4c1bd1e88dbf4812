using Minix.Runtime;

namespace Internal.Runtime.CompilerHelpers;

// Targets of the checks ILC and the JIT emit (overflow, bounds, null, divide, ...). They fault directly, without
// allocating an exception object, so they work even when the heap is exhausted.
internal static class ThrowHelpers
{
    public static void ThrowOverflowException() => Fault.Raise(FaultKind.Overflow);

    public static void ThrowIndexOutOfRangeException() => Fault.Raise(FaultKind.IndexOutOfRange);

    public static void ThrowNullReferenceException() => Fault.Raise(FaultKind.NullReference);

    public static void ThrowDivideByZeroException() => Fault.Raise(FaultKind.DivideByZero);

    public static void ThrowArrayTypeMismatchException() => Fault.Raise(FaultKind.ArrayTypeMismatch);

    public static void ThrowInvalidCastException() => Fault.Raise(FaultKind.InvalidCast);

    public static void ThrowArgumentException() => Fault.Raise(FaultKind.Argument);

    public static void ThrowArgumentOutOfRangeException() => Fault.Raise(FaultKind.ArgumentOutOfRange);

    public static void ThrowPlatformNotSupportedException() => Fault.Raise(FaultKind.PlatformNotSupported);

    public static void ThrowNotImplementedException() => Fault.Raise(FaultKind.NotImplemented);

    public static void ThrowNotSupportedException() => Fault.Raise(FaultKind.NotSupported);

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
}
