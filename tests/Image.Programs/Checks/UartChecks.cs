using System.Runtime.InteropServices;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Image.Programs.Checks;

/// <summary>
/// A driver for the second serial port (COM2: ports 0x2f8-0x2ff, IRQ 3), with exactly those in its privileges:
/// SYS_DEVIO and SYS_VDEVIO inside and outside its range, and a real device interrupt (the 16550's
/// transmitter-empty interrupt) arriving as a HARDWARE notification through SYS_IRQCTL, with the effects of
/// enable, disable, the re-enable policy and removal.
/// </summary>
public static unsafe class UartChecks
{
    /// <summary>The notify id the driver binds IRQ 3 with: interrupts arrive as bit 5.</summary>
    public const int NotifyId = 5;

    /// <summary>Message type of the hook handle the driver shows the ordinary driver.</summary>
    public const int HookMessage = 0x4801;

    private const int Base = 0x2F8;
    private const int Data = Base, InterruptEnable = Base + 1, InterruptId = Base + 2, LineControl = Base + 3;
    private const int ModemControl = Base + 4, Scratch = Base + 7;
    private const int Irq = 3;

    /// <summary>Entry point.</summary>
    [UnmanagedCallersOnly(EntryPoint = "uart_main")]
    public static void Main()
    {
        PortChecks();
        VectorChecks();
        IrqChecks();
        Sys.OutByte(InterruptEnable, 0);
    }

    private static void PortChecks()
    {
        Status status = Sys.OutByte(Scratch, 0xA5);
        Status read = Sys.InByte(Scratch, out byte scratch);
        Check.Report("devio-in-range"u8, status != Status.Ok ? status : read, "scratch register"u8, scratch);
        Check.Report("devio-long-in-range"u8, Sys.InLong(Base + 4, out _));
        Check.Report("devio-out-of-range"u8, Sys.OutByte(0x3F8, (byte)'!'));
        Check.Report("devio-just-past-range"u8, Sys.InByte(0x300, out _));
        Check.Report("devio-misaligned-word"u8, Sys.InWord(Base + 1, out _));
        Check.Report("devio-misaligned-long"u8, Sys.InLong(Base + 2, out _));
        uint value = 0;
        Check.Report("devio-bad-access-type"u8, Sys.DevIo(PortAccess.Input | PortAccess.Output | PortAccess.Byte, Scratch, ref value));
    }

    private static void VectorChecks()
    {
        Span<PortValuePair> pairs = stackalloc PortValuePair[17];
        pairs[0] = new PortValuePair { Port = Scratch, Value = 0x11 };
        pairs[1] = new PortValuePair { Port = Scratch, Value = 0x22 };
        Status written = Sys.VDevIo(PortAccess.Output | PortAccess.Byte, pairs.Slice(0, 2));
        pairs[0] = new PortValuePair { Port = Scratch };
        pairs[1] = new PortValuePair { Port = LineControl };
        Status read = Sys.VDevIo(PortAccess.Input | PortAccess.Byte, pairs.Slice(0, 2));
        Check.Report("vdevio-in-range"u8, written != Status.Ok ? written : read, "scratch register"u8, pairs[0].Value);

        // One port outside the range refuses the whole vector: the first (allowed) write is not done either.
        pairs[0] = new PortValuePair { Port = Scratch, Value = 0x33 };
        pairs[1] = new PortValuePair { Port = 0x3F8, Value = (byte)'!' };
        Status refused = Sys.VDevIo(PortAccess.Output | PortAccess.Byte, pairs.Slice(0, 2));
        Sys.InByte(Scratch, out byte after);
        Check.Report("vdevio-one-port-out-of-range"u8, refused, "scratch register still"u8, after);

        for (int i = 0; i < pairs.Length; i++)
            pairs[i] = new PortValuePair { Port = Scratch };
        Check.Report("vdevio-16-pairs"u8, Sys.VDevIo(PortAccess.Input | PortAccess.Byte, pairs.Slice(0, 16)));
        Check.Report("vdevio-17-pairs"u8, Sys.VDevIo(PortAccess.Input | PortAccess.Byte, pairs));
        Check.Report("vdevio-empty"u8, Sys.VDevIo(PortAccess.Input | PortAccess.Byte, pairs.Slice(0, 0)));
        pairs[0] = new PortValuePair { Port = Base + 1 };
        Check.Report("vdevio-misaligned-word"u8, Sys.VDevIo(PortAccess.Input | PortAccess.Word, pairs.Slice(0, 1)));
        Check.Report("vdevio-vector-at-null"u8, Check.Call(KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Input | PortAccess.Byte, Count = 2, VectorAddress = 0 }, out _));
        Check.Report("vdevio-vector-in-kernel"u8, Check.Call(KernelCall.VDevIo, new VDevIoRequest { Access = PortAccess.Input | PortAccess.Byte, Count = 2, VectorAddress = 0xFFFF_FFFF_8010_0000 }, out _));
    }

    private static void IrqChecks()
    {
        Check.Report("irqctl-line-not-owned"u8, Sys.IrqSetPolicy(4, IrqPolicy.None, NotifyId, out _));
        Check.Report("irqctl-clock-line"u8, Sys.IrqSetPolicy(0, IrqPolicy.None, NotifyId, out _));
        Check.Report("irqctl-no-such-line"u8, Sys.IrqSetPolicy(16, IrqPolicy.None, NotifyId, out _));
        Check.Report("irqctl-notify-id-too-big"u8, Sys.IrqSetPolicy(Irq, IrqPolicy.None, 64, out _));
        Check.Report("irqctl-no-such-hook"u8, Sys.IrqEnable(99));

        // 8 data bits, no parity; OUT2 connects the UART's interrupt output to the PIC on a PC.
        Sys.OutByte(InterruptEnable, 0);
        Sys.OutByte(LineControl, 0x03);
        Sys.OutByte(ModemControl, 0x08);
        Status bound = Sys.IrqSetPolicy(Irq, IrqPolicy.None, NotifyId, out int hook);
        Check.Report("irqctl-set-policy"u8, bound, "hook"u8, hook);
        ShowHookToTheOrdinaryDriver(hook);

        // The transmitter is empty: enabling its interrupt raises IRQ 3 at once.
        Sys.OutByte(InterruptEnable, 0x02);
        bool arrived = Wait.ForInterrupt(100, out ulong bits);
        Check.Report("irq-notification"u8, arrived ? Status.Ok : Status.TimedOut, "interrupt bits"u8, (long)bits);

        // Policy 0: the line stays masked until the driver enables it again, so a new interrupt waits.
        Kick();
        arrived = Wait.ForInterrupt(5, out _);
        Check.Report("irq-masked-until-enable"u8, arrived ? Status.Ok : Status.TimedOut, "notified"u8, arrived ? 1 : 0);
        Status enabled = Sys.IrqEnable(hook);
        arrived = Wait.ForInterrupt(100, out bits);
        Check.Report("irqctl-enable"u8, enabled, "pending interrupt delivered"u8, arrived ? (long)bits : 0);

        // Disable masks the line: an interrupt raised meanwhile is delivered only after enable.
        Sys.InByte(InterruptId, out _);
        Sys.IrqEnable(hook);
        Status disabled = Sys.IrqDisable(hook);
        Kick();
        arrived = Wait.ForInterrupt(5, out _);
        Check.Report("irqctl-disable"u8, disabled, "notified while disabled"u8, arrived ? 1 : 0);
        enabled = Sys.IrqEnable(hook);
        arrived = Wait.ForInterrupt(100, out bits);
        Check.Report("irqctl-enable-after-disable"u8, enabled, "pending interrupt delivered"u8, arrived ? (long)bits : 0);

        // The re-enable policy: the kernel unmasks the line itself, so interrupts keep coming without IRQCTL enable.
        Status rebound = Sys.IrqSetPolicy(Irq, IrqPolicy.Reenable, NotifyId, out int same);
        int count = 0;
        for (int i = 0; i < 3; i++)
        {
            Kick();
            if (Wait.ForInterrupt(100, out _))
                count++;
        }

        Check.Start(stackalloc byte[200], "irq-reenable-policy"u8, rebound).Text(", same hook "u8).Decimal(same == hook ? 1 : 0)
            .Text(", interrupts without enable "u8).Decimal(count).Line();

        Check.Report("irqctl-remove"u8, Sys.IrqRemovePolicy(hook));
        Kick();
        arrived = Wait.ForInterrupt(5, out _);
        Check.Report("irq-after-remove"u8, arrived ? Status.Ok : Status.TimedOut, "notified"u8, arrived ? 1 : 0);
        Check.Report("irqctl-removed-hook"u8, Sys.IrqEnable(hook));
        Sys.OutByte(InterruptEnable, 0);
    }

    /// <summary>Acknowledges the UART's pending interrupt and sends a byte: when it has gone, the UART interrupts again.</summary>
    private static void Kick()
    {
        Sys.InByte(InterruptId, out _);
        Sys.OutByte(Data, (byte)'*');
    }

    /// <summary>The ordinary driver tries to use this hook handle; the kernel must refuse it (the hook is not its).</summary>
    private static void ShowHookToTheOrdinaryDriver(int hook)
    {
        var message = new Message(HookMessage);
        message.Payload<IrqCtlReply>().HookId = hook;
        Status status = Messaging.SendRec(new Endpoint(CallsImage.OrdinarySlot), ref message);
        if (status != Status.Ok)
            Check.Report("hook-shown-to-ordinary-driver"u8, status);
    }
}
