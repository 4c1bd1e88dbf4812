namespace Minix.Servers.Tty;

/// <summary>
/// What a terminal line writes to: the 16550's transmit ring (<see cref="SerialLine"/>) or the VGA text screen
/// (<see cref="PcConsole"/>). The line discipline processes output and echo into it a byte at a time.
/// </summary>
internal abstract class TerminalDevice
{
    /// <summary>How many bytes <see cref="Put"/> takes now without dropping any.</summary>
    public abstract int Room { get; }

    /// <summary>The screen size to report (rows, columns), or 0 when the device does not know (a serial line).</summary>
    public virtual int Rows => 0;

    /// <summary>The screen width, or 0 when unknown.</summary>
    public virtual int Columns => 0;

    /// <summary>Takes one byte of output (dropped if there is no room).</summary>
    /// <param name="b">The byte.</param>
    public abstract void Put(byte b);

    /// <summary>Starts sending what <see cref="Put"/> queued.</summary>
    public virtual void Flush()
    {
    }
}
