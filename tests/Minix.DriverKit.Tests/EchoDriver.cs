using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.DriverKit.Tests;

/// <summary>
/// A small character driver for testing the framework: minors 0 and 1 exist; a write stores the bytes, a read
/// returns them; ioctl 7 doubles its argument, ioctl 8 waits for the next interrupt of the interval timer (IRQ 5).
/// It records what the framework hands it, for the test to check afterwards.
/// </summary>
internal sealed class EchoDriver : CharacterDriver
{
    public const int IoctlDouble = 7;
    public const int IoctlWaitForInterrupt = 8;
    public const int IoctlSetAlarm = 9;
    public const int TimerIrq = 5;
    public const int TimerNotifyId = 3;

    private readonly Probe _probe;
    private readonly bool _misbehaves;
    private byte[] _store = new byte[0];
    private int _length;
    private IrqLine _irq;
    private bool _waiting;
    private IoRequest _waiter;

    public EchoDriver(Probe probe, bool acceptsMisbehaviour = true)
    {
        _probe = probe;
        _misbehaves = acceptsMisbehaviour;
    }

    protected override bool AcceptsMisbehaviour => _misbehaves;

    protected override Status OnInitFresh()
    {
        _probe.Inits.Add((InitType.Fresh, Incarnation.Restarts, Incarnation.OldEndpoint));
        return Setup();
    }

    protected override Status OnInitRestart()
    {
        _probe.Inits.Add((InitType.Restart, Incarnation.Restarts, Incarnation.OldEndpoint));
        return Setup();
    }

    private Status Setup()
    {
        _store = new byte[256];
        return _irq.Bind(TimerIrq, TimerNotifyId);
    }

    protected override Status Open(int minor, DeviceAccess access, Endpoint client) => minor <= 1 ? Status.Ok : Status.NoSuchDevice;

    protected override long Write(in IoRequest request)
    {
        int n = Math.Min(request.Count, _store.Length);
        Status status = CopyFromClient(request, 0, _store.AsSpan(0, n));
        if (status != Status.Ok)
            return (long)status;
        _length = n;
        return n;
    }

    protected override long Read(in IoRequest request)
    {
        int n = Math.Min(request.Count, _length);
        Status status = CopyToClient(request, 0, _store.AsSpan(0, n));
        return status == Status.Ok ? n : (long)status;
    }

    protected override long Ioctl(in IoRequest request)
    {
        switch (request.IoctlRequest)
        {
            case IoctlDouble:
                return request.Argument * 2;
            case IoctlSetAlarm:
                return (long)Alarm.Set((ulong)request.Argument);
            case IoctlWaitForInterrupt:
                _waiter = request;
                _waiting = true;
                return Suspend;
            default:
                return (long)Status.BadRequest;
        }
    }

    protected override void OnInterrupt(ulong interrupts)
    {
        _probe.Interrupts.Add(interrupts);
        _irq.Enable();
        if (_waiting && _irq.IsIn(interrupts))
        {
            _waiting = false;
            Complete(_waiter, _probe.Interrupts.Count);
        }
    }

    protected override void OnAlarm(ulong timestamp) => _probe.Alarms.Add(timestamp);

    protected override void OnOtherMessage(ref Message message, IpcStatus how)
    {
        _probe.Others.Add((message.Source, message.Type, how.IsNotify));
        base.OnOtherMessage(ref message, how);
    }

    /// <summary>What the driver saw (written from the driver's simulated thread, read by the test after the run).</summary>
    public sealed class Probe
    {
        public List<(InitType Type, int Restarts, Endpoint Old)> Inits { get; } = new();

        public List<ulong> Interrupts { get; } = new();

        public List<ulong> Alarms { get; } = new();

        public List<(Endpoint Source, int Type, bool Notify)> Others { get; } = new();
    }
}
