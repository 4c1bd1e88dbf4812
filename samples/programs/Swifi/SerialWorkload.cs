using Minix.DriverKit;
using Minix.Samples.Serial;

namespace Minix.Samples.Swifi;

/// <summary>
/// The serial line's workload: puts the UART in loopback (what it sends comes back as received), drops what the
/// driver still holds from before (as a program calls tcflush before an exchange, so a fault that left stray bytes is
/// charged once, not to every fault after it), writes 32 bytes that depend on the fault number and reads until 32
/// came back, then compares them. A restarted driver programs
/// its UART afresh, loopback off, and has lost what its rings held, so a call that fails with
/// <see cref="Ipc.Status.Restart"/> starts the exchange over (loopback, write, read), as a program talking over a
/// line would; bytes that vanish without a restart leave the read waiting, which the injector's watchdog ends.
/// </summary>
public sealed class SerialWorkload : Workload
{
    private const int Length = 32;
    private const int Exchanges = 3;

    private readonly GrantTable _grants = new(2);
    private readonly CharacterDeviceClient _line;
    private readonly byte[] _sent = PinnedMemory.Allocate(Length);
    private readonly byte[] _received = PinnedMemory.Allocate(Length);

    /// <summary>Prepares the client of minor 0 of <paramref name="label"/>.</summary>
    /// <param name="label">The driver's label.</param>
    public SerialWorkload(ReadOnlySpan<byte> label)
    {
        _grants.Register();
        _line = new CharacterDeviceClient(label, 0, DeviceAccess.Read | DeviceAccess.Write, _grants);
    }

    /// <inheritdoc/>
    public override WorkloadResult Run(int fault, out long detail)
    {
        for (int i = 0; i < Length; i++)
            _sent[i] = (byte)('A' + (uint)(fault * 5 + i * 7) % 26);
        detail = 0;
        for (int exchange = 0; exchange < Exchanges; exchange++)
        {
            long result = Exchange();
            if (DriverRestart.IsRestart(result))
                continue;
            if (result < 0)
            {
                detail = result;
                return WorkloadResult.Error;
            }

            int differs = 0;
            while (differs < Length && _sent[differs] == _received[differs])
                differs++;
            if (result != Length || differs < Length)
            {
                detail = result != Length ? result : differs;
                return WorkloadResult.WrongData;
            }

            return WorkloadResult.Ok;
        }

        detail = (long)Ipc.Status.Restart;
        return WorkloadResult.Error;
    }

    /// <summary>Loopback on, nothing left over, the bytes out, as many back: the bytes received, or the first failure.</summary>
    private long Exchange()
    {
        long result = _line.Ioctl(SerialDriver.IoctlSetLoopback, 1);
        if (result >= 0)
            result = _line.Ioctl(SerialDriver.IoctlFlush, 0);
        if (result < 0)
            return result;
        for (int sent = 0; sent < Length; sent += (int)result)
        {
            result = _line.Write(_sent.AsSpan(sent));
            if (result <= 0 || result > Length - sent)
                return result < 0 ? result : (long)Ipc.Status.IoError;
        }

        int received = 0;
        while (received < Length)
        {
            result = _line.Read(_received.AsSpan(received));
            if (result <= 0 || result > Length - received)
                return result < 0 ? result : received;
            received += (int)result;
        }

        return received;
    }
}
