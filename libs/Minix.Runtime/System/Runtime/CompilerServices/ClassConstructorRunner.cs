namespace System.Runtime.CompilerServices;

// ILC calls these from the static-base accessors of every type with a lazy static constructor. Its presence is
// what makes ILC emit lazy checks at all: without this class a static constructor could end up never run.
// One thread per process, so no locking; the context is cleared before the call so recursion terminates.
internal static unsafe class ClassConstructorRunner
{
    private static object CheckStaticClassConstructionReturnGCStaticBase(StaticClassConstructionContext* context, object gcStaticBase)
    {
        EnsureClassConstructorRun(context);
        return gcStaticBase;
    }

    private static nint CheckStaticClassConstructionReturnNonGCStaticBase(StaticClassConstructionContext* context, nint nonGcStaticBase)
    {
        EnsureClassConstructorRun(context);
        return nonGcStaticBase;
    }

    public static void EnsureClassConstructorRun(StaticClassConstructionContext* context)
    {
        nint cctor = context->cctorMethodAddress;
        if (cctor != 0)
        {
            context->cctorMethodAddress = 0;
            ((delegate*<void>)cctor)();
        }
    }
}
