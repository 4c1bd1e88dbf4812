namespace Minix.Kernel.Configuration;

/// <summary>An <c>io</c> entry of system.conf: <c>base[:count]</c>, both hexadecimal, meaning ports base .. base+count-1.</summary>
public readonly struct PortRange
{
    /// <summary>Creates a range.</summary>
    /// <param name="first">First port.</param>
    /// <param name="count">Number of ports (at least 1).</param>
    public PortRange(int first, int count)
    {
        First = first;
        Count = count;
    }

    /// <summary>First port.</summary>
    public int First { get; }

    /// <summary>Number of ports.</summary>
    public int Count { get; }

    /// <summary>Last port, inclusive.</summary>
    public int Last => First + Count - 1;

    /// <summary>Whether the range holds <paramref name="port"/> .. <paramref name="port"/> + <paramref name="width"/> - 1.</summary>
    /// <param name="port">First port of an access.</param>
    /// <param name="width">Bytes accessed.</param>
    /// <returns>True if contained.</returns>
    public bool Contains(int port, int width) => port >= First && port + width - 1 <= Last;

    /// <summary>The system.conf form, <c>378:4</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count == 1 ? First.ToString("x") : First.ToString("x") + ":" + Count.ToString("x");
}
