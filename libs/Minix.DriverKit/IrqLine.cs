using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.DriverKit;

/// <summary>
/// One interrupt line bound to the driver with SYS_IRQCTL. The kernel never calls into a driver: an interrupt
/// arrives as a HARDWARE notification in the driver's own loop (<see cref="Service.OnInterrupt"/>) with this line's
/// bit (<see cref="Mask"/>) set; the driver services the device and calls <see cref="Enable"/> to unmask the line
/// again.
/// </summary>
public struct IrqLine
{
    /// <summary>The IRQ line (0..15), once bound.</summary>
    public int Irq { get; private set; }

    /// <summary>The notify id: the bit this line sets in <see cref="NotifyPayload.Interrupts"/>.</summary>
    public int NotifyId { get; private set; }

    /// <summary>The kernel's handle for the binding (0 if unbound).</summary>
    public int Hook { get; private set; }

    /// <summary>Whether the line is bound.</summary>
    public readonly bool IsBound => Hook > 0;

    /// <summary>This line's bit in an interrupt mask.</summary>
    public readonly ulong Mask => IsBound ? 1UL << NotifyId : 0;

    /// <summary>Whether an interrupt mask from <see cref="Service.OnInterrupt"/> includes this line.</summary>
    /// <param name="interrupts">The mask.</param>
    /// <returns>True if this line interrupted.</returns>
    public readonly bool IsIn(ulong interrupts) => (interrupts & Mask) != 0;

    /// <summary>SYS_IRQCTL SetPolicy: binds <paramref name="irq"/>, which must be in the driver's system.conf <c>irq</c> list.</summary>
    /// <param name="irq">The line.</param>
    /// <param name="notifyId">The bit to report it with (0..63; distinct per line of one driver).</param>
    /// <param name="policy"><see cref="IrqPolicy.None"/> (the line stays masked until <see cref="Enable"/>) or <see cref="IrqPolicy.Reenable"/>.</param>
    /// <returns>The kernel's status (<see cref="Status.IrqNotOwned"/> for a line the driver may not use).</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public Status Bind(int irq, int notifyId, IrqPolicy policy = IrqPolicy.None)
    {
        Status status = Sys.IrqSetPolicy(irq, policy, notifyId, out int hook);
        DriverTrace.IrqCtl("policy"u8, irq, notifyId, status);
        if (status != Status.Ok)
            return status;
        Irq = irq;
        NotifyId = notifyId;
        Hook = hook;
        return Status.Ok;
    }

    /// <summary>SYS_IRQCTL Enable: unmasks the line after an interrupt was handled.</summary>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public readonly Status Enable()
    {
        Status status = IsBound ? Sys.IrqEnable(Hook) : Status.InvalidArgument;
        DriverTrace.IrqCtl("enable"u8, Irq, -1, status);
        return status;
    }

    /// <summary>SYS_IRQCTL Disable: masks the line.</summary>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public readonly Status Disable()
    {
        Status status = IsBound ? Sys.IrqDisable(Hook) : Status.InvalidArgument;
        DriverTrace.IrqCtl("disable"u8, Irq, -1, status);
        return status;
    }

    /// <summary>SYS_IRQCTL RemovePolicy: releases the line.</summary>
    /// <returns>The kernel's status.</returns>
    [UsesKernelCall(KernelCall.IrqCtl)]
    public Status Release()
    {
        if (!IsBound)
            return Status.InvalidArgument;
        Status status = Sys.IrqRemovePolicy(Hook);
        DriverTrace.IrqCtl("release"u8, Irq, -1, status);
        Hook = 0;
        Irq = -1;
        return status;
    }
}
