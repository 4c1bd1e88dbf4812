namespace Minix.Kernel;

/// <summary>A process or service name: up to 16 bytes of UTF-8, NUL-padded, stored inline (no allocation).</summary>
[InlineArray(Capacity)]
public struct ProcessName
{
    /// <summary>The most bytes a name holds (MINIX's label length).</summary>
    public const int Capacity = Limits.NameLength;

    private byte _element0;

    /// <summary>Builds a name from UTF-8 bytes.</summary>
    /// <param name="utf8">At most <see cref="Capacity"/> bytes.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The text is longer than <see cref="Capacity"/> bytes.</exception>
    public static ProcessName FromUtf8(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > Capacity)
            throw new ArgumentException("process name longer than 16 bytes", nameof(utf8));
        var name = default(ProcessName);
        utf8.CopyTo(name);
        return name;
    }

    /// <summary>The name's bytes without the NUL padding.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The bytes.</returns>
    public static ReadOnlySpan<byte> Bytes(in ProcessName name)
    {
        ReadOnlySpan<byte> all = name;
        int length = all.IndexOf((byte)0);
        return length < 0 ? all : all.Slice(0, length);
    }
}
