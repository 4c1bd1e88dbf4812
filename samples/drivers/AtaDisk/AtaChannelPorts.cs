using Minix.DriverKit;

namespace Minix.Samples.AtaDisk;

/// <summary>One IDE channel as the driver knows it: its two port blocks, its interrupt line, and whether it answered.</summary>
internal struct AtaChannelPorts
{
    /// <summary>0 for the primary channel, 1 for the secondary.</summary>
    public int Number;

    /// <summary>The command block's first port (data register).</summary>
    public ushort Command;

    /// <summary>The control block's port: alternate status (read) and device control (write).</summary>
    public ushort Control;

    /// <summary>The IRQ.</summary>
    public int Irq;

    /// <summary>The bound interrupt line (notify id = the channel's number).</summary>
    public IrqLine Line;

    /// <summary>Whether a controller answered on these ports.</summary>
    public bool Present;

    /// <summary>Describes a channel.</summary>
    /// <param name="number">0 primary, 1 secondary.</param>
    /// <param name="command">Command block.</param>
    /// <param name="control">Control block.</param>
    /// <param name="irq">IRQ.</param>
    public AtaChannelPorts(int number, ushort command, ushort control, int irq)
    {
        Number = number;
        Command = command;
        Control = control;
        Irq = irq;
    }

    /// <summary>A register of the command block.</summary>
    /// <param name="offset">Its offset (<see cref="AtaRegisters"/>).</param>
    /// <returns>The port.</returns>
    public readonly ushort Port(ushort offset) => (ushort)(Command + offset);
}
