namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A device on the simulated I/O bus: it answers port reads and writes in its range and may raise its IRQ line.
/// Time in the simulation is clock ticks; a device that has something to do later says when.
/// </summary>
public abstract class SimulatedDevice
{
    private Action<int>? _raise;

    /// <summary>Creates a device occupying ports <paramref name="firstPort"/> .. + <paramref name="portCount"/> - 1 on IRQ <paramref name="irq"/>.</summary>
    /// <param name="firstPort">First port.</param>
    /// <param name="portCount">Number of ports.</param>
    /// <param name="irq">IRQ line, or -1 for none.</param>
    protected SimulatedDevice(ushort firstPort, int portCount, int irq)
    {
        FirstPort = firstPort;
        PortCount = portCount;
        Irq = irq;
    }

    /// <summary>First port.</summary>
    public ushort FirstPort { get; }

    /// <summary>Number of ports.</summary>
    public int PortCount { get; }

    /// <summary>IRQ line, or -1.</summary>
    public int Irq { get; }

    /// <summary>Memory the device shows at a physical address (for SYS_MAPPHYS), or null.</summary>
    public virtual DeviceMemory? Memory => null;

    /// <summary>Reads a register.</summary>
    /// <param name="offset">Port minus <see cref="FirstPort"/>.</param>
    /// <param name="width">1, 2 or 4.</param>
    /// <returns>The value.</returns>
    public abstract uint Read(int offset, int width);

    /// <summary>Writes a register.</summary>
    /// <param name="offset">Port minus <see cref="FirstPort"/>.</param>
    /// <param name="value">The value.</param>
    /// <param name="width">1, 2 or 4.</param>
    public abstract void Write(int offset, uint value, int width);

    /// <summary>The tick at which the device next wants <see cref="Tick"/>, or null.</summary>
    /// <param name="now">The current tick.</param>
    /// <returns>The tick, or null.</returns>
    public virtual ulong? NextEvent(ulong now) => null;

    /// <summary>Called once a clock tick.</summary>
    /// <param name="now">The new uptime.</param>
    public virtual void Tick(ulong now)
    {
    }

    /// <summary>Raises the device's IRQ line.</summary>
    protected void RaiseInterrupt()
    {
        if (Irq >= 0)
            _raise?.Invoke(Irq);
    }

    internal void Attach(Action<int> raise) => _raise = raise;
}
