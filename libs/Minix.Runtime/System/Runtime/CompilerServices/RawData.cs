namespace System.Runtime.CompilerServices;

// Any object viewed as its first field's first byte (the data right after the MethodTable pointer).
internal sealed class RawData
{
    public byte Data;
}
