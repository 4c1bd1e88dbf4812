namespace System;

// ILC requires this type to exist in the system module; the image never creates one.
internal sealed class RuntimeType : Type
{
    public override RuntimeTypeHandle TypeHandle => default;
}
