using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace LegacyPrinter.Fixed;

/// <summary>
/// The printer driver as a MINIX 3 user-mode process. Everything the legacy driver did inside the kernel is now
/// a kernel call or a message: port I/O through SYS_DEVIO (category E removed), logging through SYS_DIAGCTL (A),
/// the watchdog as an alarm whose expiry arrives as a CLOCK notification (C), and the interrupt as a HARDWARE
/// notification handled in the driver's own loop, where touching the driver's variables is fine (D).
/// </summary>
public static class Printer
{
    private const ushort DataPort = 0x378;
    private const ushort StatusPort = 0x379;
    private const ushort ControlPort = 0x37a;
    private const int Irq = 7;
    private const int IrqNotifyId = 0;
    private const ulong WatchdogTicks = 600;

    private const byte StatusError = 0x08;
    private const byte ControlStrobe = 0x01;
    private const byte ControlInit = 0x08;
    private const byte ControlSelect = 0x04;
    private const byte ControlIrqEnable = 0x10;

    private static byte[] s_buffer = new byte[0];
    private static int s_next;
    private static int s_remaining;
    private static int s_printed;
    private static int s_irqHook;
    private static Endpoint s_client;

    /// <summary>Bytes printed since start-up.</summary>
    public static int Printed => s_printed;

    /// <summary>Starts the driver and serves requests and notifications until the system stops it.</summary>
    public static void Run()
    {
        if (!Init())
            return;
        var message = new Message(0);
        while (true)
        {
            if (Messaging.Receive(Endpoint.Any, ref message, out IpcStatus status) != Status.Ok)
                continue;
            if (status.IsNotify)
                OnNotify(ref message);
            else if (message.Type == PrintRequest.Type)
                OnPrint(ref message);
            else
                Reply(message.Source, Status.InvalidArgument);
        }
    }

    /// <summary>Resets the printer and binds its interrupt line; start-up is the one place the driver allocates.</summary>
    /// <returns>Whether the kernel granted the interrupt line.</returns>
    public static bool Init()
    {
        s_buffer = new byte[256];
        DevIo.OutByte(ControlPort, ControlInit);
        DevIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable);
        if (Sys.IrqSetPolicy(Irq, IrqPolicy.Reenable, IrqNotifyId, out s_irqHook) != Status.Ok)
        {
            Log.Write("printer: IRQ 7 refused\n"u8);
            return false;
        }

        Log.Write("printer: ready\n"u8);
        return true;
    }

    private static void OnNotify(ref Message message)
    {
        if (message.Source == Endpoint.Hardware && (message.Payload<NotifyPayload>().Interrupts & (1UL << IrqNotifyId)) != 0)
            OnInterrupt();
        else if (message.Source == Endpoint.Clock)
            OnWatchdog();
    }

    private static void OnPrint(ref Message message)
    {
        ref PrintRequest request = ref message.Payload<PrintRequest>();
        int count = Math.Min(Math.Min(request.Length, PrintRequest.Capacity), s_buffer.Length);
        ReadOnlySpan<byte> text = request.Text;
        text.Slice(0, Math.Max(count, 0)).CopyTo(s_buffer);
        s_next = 0;
        s_remaining = count;
        s_client = message.Source;
        Sys.SetAlarm(WatchdogTicks, false, out _);
        if (s_remaining > 0)
            SendNext();
    }

    // A HARDWARE notification: the printer took the last byte. In user mode the driver's state is its own.
    private static void OnInterrupt()
    {
        if (s_remaining > 0)
        {
            SendNext();
            return;
        }

        Sys.SetAlarm(0, false, out _);
        Reply(s_client, Status.Ok);
    }

    // A CLOCK notification: the alarm expired before the text was printed.
    private static void OnWatchdog()
    {
        if ((DevIo.InByte(StatusPort) & StatusError) == 0)
            Log.Write("printer: not responding\n"u8);
    }

    private static void SendNext()
    {
        DevIo.OutByte(DataPort, s_buffer[s_next]);
        DevIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable | ControlStrobe);
        DevIo.OutByte(ControlPort, ControlSelect | ControlInit | ControlIrqEnable);
        s_next++;
        s_remaining--;
        s_printed++;
    }

    private static void Reply(Endpoint client, Status status)
    {
        var reply = new Message((int)status);
        Messaging.SendNb(client, ref reply);
    }
}
