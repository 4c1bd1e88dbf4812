namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>Size of the IRQ hook pool.</summary>
    public const int IrqHooks = 32;

    private readonly IrqHook[] _hooks = new IrqHook[IrqHooks];
    private readonly int[] _spurious = new int[Limits.IrqLines];

    /// <summary>
    /// The generic interrupt handler: the line is masked, every process bound to it gets its notify-id bit and a
    /// HARDWARE notification, and the line is unmasked again only when no binding is still waiting for its driver
    /// to re-enable it. Drivers never run in interrupt context.
    /// </summary>
    /// <param name="irq">The line (0..15).</param>
    public void Interrupt(int irq)
    {
        if ((uint)irq >= Limits.IrqLines)
            return;
        Machine.MaskIrq(irq);
        bool bound = false;
        for (int i = 0; i < _hooks.Length; i++)
        {
            ref IrqHook hook = ref _hooks[i];
            if (hook.Owner is not Process owner || hook.Irq != irq)
                continue;
            bound = true;
            owner.Privileges!.InterruptsPending |= 1UL << hook.NotifyId;
            Notify(HardwareTask, owner);
            hook.Active = (hook.Policy & IrqPolicy.Reenable) == 0;
        }

        if (bound)
        {
            UpdateLine(irq);
            return;
        }

        // Nobody handles this line: leave it masked, and say so now and then rather than on every interrupt.
        int count = ++_spurious[irq];
        if ((count & (count - 1)) == 0)
            new Utf8Line(stackalloc byte[96]).Text("kernel: spurious IRQ "u8).Decimal(irq).Text(" ("u8).Decimal(count).Text(" so far)"u8).WriteTo(Machine);
    }

    /// <summary>Masks a line no hook is bound to; unmasks a bound one unless a binding still waits for its driver to re-enable it.</summary>
    private void UpdateLine(int irq)
    {
        bool bound = false;
        foreach (IrqHook hook in _hooks)
        {
            if (hook.Owner is null || hook.Irq != irq)
                continue;
            if (hook.Active)
                return;
            bound = true;
        }

        if (bound)
            Machine.UnmaskIrq(irq);
        else
            Machine.MaskIrq(irq);
    }

    /// <summary>Frees a hook and updates its line.</summary>
    private void ReleaseIrqHook(ref IrqHook hook)
    {
        int irq = hook.Irq;
        hook = default;
        UpdateLine(irq);
    }

    /// <summary>Frees the process's hooks; with <paramref name="keepGranted"/>, only those on lines its privileges no longer grant.</summary>
    private void ReleaseIrqHooks(Process process, bool keepGranted = false)
    {
        for (int i = 0; i < _hooks.Length; i++)
        {
            if (_hooks[i].Owner == process && !(keepGranted && process.Privileges!.Rights.OwnsIrq(_hooks[i].Irq)))
                ReleaseIrqHook(ref _hooks[i]);
        }
    }
}
