using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

namespace Minix.Samples.Swifi;

/// <summary>
/// Injects one round of a campaign: the boot parameter <c>swifi.target</c> names the driver and <c>swifi.faults</c>
/// lists the faults (<see cref="FaultOrder"/>, separated by commas). For each it prints <c>swifi: fault N start</c>,
/// patches the driver's code (SYS_PATCHTEXT, which hands back the bytes it replaced), runs the workload, puts the old
/// bytes back if the driver is still the same incarnation (a restarted one runs its clean boot module), and prints
/// <c>swifi: fault N end</c> with what it saw. The host reads these lines, with RS's, to class each fault.
/// </summary>
public sealed class Injector
{
    private readonly byte[] _faults = new byte[BootParameters.MaxLength];
    private readonly byte[] _label = new byte[16];
    private int _labelLength;
    private Endpoint _watchdog = Endpoint.None;

    /// <summary>Runs the round.</summary>
    /// <returns>0, or 2 if the parameters are wrong (the host then stops the campaign).</returns>
    public int Run()
    {
        if (!BootParameters.TryGet("swifi.target"u8, _label, out _labelLength) || !BootParameters.TryGet("swifi.faults"u8, _faults, out int length))
            return Complain("give swifi.target=LABEL and swifi.faults=N:ADDRESS:BYTES,..."u8);
        ReadOnlySpan<byte> label = _label.AsSpan(0, _labelLength);
        Workload? workload = label.SequenceEqual("ramdisk"u8) || label.SequenceEqual("ata"u8) ? new BlockWorkload(label)
            : label.SequenceEqual("rtc"u8) ? new ClockWorkload(label)
            : label.SequenceEqual("printer"u8) ? new PrinterWorkload(label)
            : label.SequenceEqual("serial"u8) ? new SerialWorkload(label) : null;
        if (workload is null)
            return Complain("no workload for this driver (ramdisk, ata, rtc, printer, serial)"u8);
        DataStore.Lookup("swifiwatch"u8, out _watchdog);
        Messaging.Notify(_watchdog);
        WorkloadResult warm = workload.Run(-1, out long detail);
        var ready = new LogText(stackalloc byte[128]);
        Log.Write(ready.Append("target "u8).Append(label).Append(" warm-up "u8).Append(ResultText(warm)).Append(" "u8).Append(detail).Append("\n"u8).Text);

        Span<byte> bytes = stackalloc byte[FaultOrder.MaxBytes];
        ReadOnlySpan<byte> rest = _faults.AsSpan(0, length);
        while (rest.Length > 0)
        {
            int comma = rest.IndexOf((byte)',');
            ReadOnlySpan<byte> item = comma < 0 ? rest : rest.Slice(0, comma);
            rest = comma < 0 ? default : rest.Slice(comma + 1);
            if (!FaultOrder.TryParse(item, bytes, out FaultOrder order))
                return Complain("a fault is not NUMBER:ADDRESS:BYTES"u8);
            Inject(workload, order, bytes.Slice(0, order.Length));
        }

        Log.Write("round done\n"u8);
        return 0;
    }

    private void Inject(Workload workload, in FaultOrder order, ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> label = _label.AsSpan(0, _labelLength);
        var start = new LogText(stackalloc byte[64]);
        Log.Write(start.Append("fault "u8).Append(order.Number).Append(" start\n"u8).Text);
        Messaging.Notify(_watchdog);

        Span<byte> saved = stackalloc byte[FaultOrder.MaxBytes];
        Status patched = Status.NotFound;
        Endpoint target = Endpoint.None;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            patched = DataStore.Lookup(label, out target);
            if (patched == Status.Ok)
                patched = Sys.PatchText(target, order.Address, bytes, saved);
            if (patched != Status.DeadEndpoint)
                break;
            DataStore.WaitForChange(label, target, out _); // the driver is restarting: patch the next incarnation
        }

        long detail = 0;
        WorkloadResult result = patched == Status.Ok ? workload.Run(order.Number, out detail) : WorkloadResult.Ok;
        bool restarted = DataStore.Lookup(label, out Endpoint now) != Status.Ok || now != target;
        if (patched == Status.Ok && !restarted)
        {
            Span<byte> faulty = stackalloc byte[FaultOrder.MaxBytes];
            restarted = Sys.PatchText(target, order.Address, saved.Slice(0, order.Length), faulty) != Status.Ok;
        }

        var end = new LogText(stackalloc byte[192]);
        end.Append("fault "u8).Append(order.Number).Append(" end patch "u8).Append(patched).Append(" was "u8);
        for (int i = 0; i < order.Length; i++)
            Hex(ref end, saved[i]);
        end.Append(" data "u8).Append(ResultText(result)).Append(" "u8).Append(detail).Append(restarted ? " restarted\n"u8 : " same\n"u8);
        Log.Write(end.Text);
        Messaging.Notify(_watchdog);
    }

    private static void Hex(ref LogText line, byte value)
    {
        ReadOnlySpan<byte> digits = "0123456789abcdef"u8;
        Span<byte> two = stackalloc byte[2];
        two[0] = digits[value >> 4];
        two[1] = digits[value & 15];
        line.Append(two);
    }

    private static ReadOnlySpan<byte> ResultText(WorkloadResult result) =>
        result == WorkloadResult.Ok ? "ok"u8 : result == WorkloadResult.WrongData ? "wrong"u8 : "error"u8;

    private static int Complain(ReadOnlySpan<byte> why)
    {
        var line = new LogText(stackalloc byte[160]);
        Log.Write(line.Append(why).Append("\n"u8).Text);
        return 2;
    }
}
