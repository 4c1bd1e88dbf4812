namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// A programmable interval timer for drivers to use (not the kernel's clock): writing a period in ticks to its port
/// starts it, 0 stops it; it raises its IRQ once each period and counts how often in its second port.
/// </summary>
public sealed class IntervalTimerDevice : SimulatedDevice
{
    private ulong _period;
    private ulong _next;
    private uint _expirations;

    /// <summary>Creates the timer.</summary>
    /// <param name="basePort">First of its two ports.</param>
    /// <param name="irq">Its IRQ line.</param>
    public IntervalTimerDevice(ushort basePort = 0x2F0, int irq = 5)
        : base(basePort, 2, irq)
    {
    }

    private ulong _now;

    /// <inheritdoc/>
    public override uint Read(int offset, int width) => offset == 0 ? (uint)_period : _expirations;

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        if (offset != 0)
            return;
        _period = value;
        _next = value == 0 ? 0 : _now + value;
    }

    /// <inheritdoc/>
    public override ulong? NextEvent(ulong now) => _period == 0 ? null : _next;

    /// <inheritdoc/>
    public override void Tick(ulong now)
    {
        _now = now;
        if (_period == 0 || now < _next)
            return;
        _next = now + _period;
        _expirations++;
        RaiseInterrupt();
    }
}
