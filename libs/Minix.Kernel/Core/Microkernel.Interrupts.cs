using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Kernel.Core;

public sealed partial class Microkernel
{
    /// <summary>Size of the IRQ hook pool.</summary>
    public const int IrqHooks = 32;

    private readonly IrqHook[] _hooks = NewHooks();
    private readonly int[] _spurious = new int[Limits.IrqLines];

    private static IrqHook[] NewHooks()
    {
        var hooks = new IrqHook[IrqHooks];
        for (int i = 0; i < hooks.Length; i++)
            hooks[i] = new IrqHook();
        return hooks;
    }

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
            IrqHook hook = _hooks[i];
            if (!hook.InUse || hook.Irq != irq || hook.Owner is not Process owner)
                continue;
            bound = true;
            owner.Privileges!.InterruptsPending |= 1UL << hook.NotifyId;
            Notify(HardwareTask, owner);
            hook.Active = (hook.Policy & IrqPolicy.Reenable) == 0;
        }

        if (!bound)
        {
            // Nobody handles this line: leave it masked, and say so now and then rather than on every interrupt.
            int count = ++_spurious[irq];
            if ((count & (count - 1)) == 0)
                new Utf8Line(stackalloc byte[96]).Text("kernel: spurious IRQ "u8).Decimal(irq).Text(" ("u8).Decimal(count).Text(" so far)"u8).WriteTo(Machine);
            return;
        }

        UnmaskIfQuiet(irq);
    }

    private void UnmaskIfQuiet(int irq)
    {
        for (int i = 0; i < _hooks.Length; i++)
        {
            if (_hooks[i].InUse && _hooks[i].Irq == irq && _hooks[i].Active)
                return;
        }

        Machine.UnmaskIrq(irq);
    }

    private void ReleaseIrqHooks(Process process)
    {
        for (int i = 0; i < _hooks.Length; i++)
        {
            IrqHook hook = _hooks[i];
            if (!hook.InUse || hook.Owner != process)
                continue;
            hook.InUse = false;
            hook.Owner = null;
            hook.Active = false;
            if (!LineBound(hook.Irq))
                Machine.MaskIrq(hook.Irq);
            else
                UnmaskIfQuiet(hook.Irq);
        }
    }

    private bool LineBound(int irq)
    {
        for (int i = 0; i < _hooks.Length; i++)
        {
            if (_hooks[i].InUse && _hooks[i].Irq == irq)
                return true;
        }

        return false;
    }
}
