namespace System.Runtime.CompilerServices;

// An array viewed as its header: the length, the padding to 8 bytes, then the first element.
internal sealed class RawArrayData
{
    public uint Length;
    public uint Padding;
    public byte Data;
}
