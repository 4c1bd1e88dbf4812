namespace Minix.DriverKit.Testing;

/// <summary>The simulated interrupt controller: masks, and lines raised but not yet delivered.</summary>
internal sealed class InterruptLines
{
    private readonly object _gate = new();
    private ushort _masked = 0xFFFF;
    private ushort _pending;

    public void Raise(int irq)
    {
        lock (_gate)
            _pending |= (ushort)(1 << irq);
    }

    public void Mask(int irq)
    {
        lock (_gate)
            _masked |= (ushort)(1 << irq);
    }

    public void Unmask(int irq)
    {
        lock (_gate)
            _masked &= (ushort)~(1 << irq);
    }

    public bool IsMasked(int irq)
    {
        lock (_gate)
            return (_masked & (1 << irq)) != 0;
    }

    /// <summary>Takes the lowest raised, unmasked line.</summary>
    public bool TakeDeliverable(out int irq)
    {
        lock (_gate)
        {
            int ready = _pending & ~_masked;
            irq = ready == 0 ? -1 : System.Numerics.BitOperations.TrailingZeroCount(ready);
            if (irq >= 0)
                _pending &= (ushort)~(1 << irq);
            return irq >= 0;
        }
    }
}
