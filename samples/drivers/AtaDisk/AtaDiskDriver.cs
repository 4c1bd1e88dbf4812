using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;
using Minix.Kernel.Calls;

[assembly: Driver("ata")]

namespace Minix.Samples.AtaDisk;

/// <summary>
/// An IDE/ATA hard-disk driver in user mode: the legacy controller's two channels (primary 0x1f0/0x3f6 on IRQ 14,
/// secondary 0x170/0x376 on IRQ 15), up to four disks (minors in <see cref="AtaMinor"/>), programmed I/O with 28-bit
/// addresses, or 48-bit ones for sectors beyond 2^28 (128 GiB) on disks that support them. At start-up it resets each
/// channel and asks each position IDENTIFY DEVICE for the disk's size; a request then becomes READ or WRITE SECTORS
/// commands of up to <see cref="SectorsPerCommand"/> sectors, one interrupt per sector, and the data moves between
/// the controller's data register (string SYS_VDEVIO, a sector a call) and the driver's buffer, and between that
/// buffer and the client's buffers through their grants (SYS_SAFECOPY or SYS_VSAFECOPY). Per sector that is the
/// interrupt's notification, one status read and one string call: the kernel unmasks the line itself
/// (<see cref="IrqPolicy.Reenable"/>), and one timeout covers a whole command.
/// </summary>
/// <remarks>
/// <para>
/// The driver waits for its controller inside the request (<see cref="Service.WaitForInterrupt(ulong, ulong, out ulong)"/>), as MINIX's
/// at_wini does; requests that arrive meanwhile wait their turn. A command that does not finish within
/// <see cref="TimeoutSeconds"/> fails the request with <see cref="Status.TimedOut"/>; a command the disk refuses
/// fails it with <see cref="Status.IoError"/>. Either way the channel is reset before the next command.
/// </para>
/// <para>
/// Positions and lengths must be whole sectors (512 bytes). Every request is idempotent, so a client repeats one
/// the driver did not answer before a crash; the new incarnation resets both channels first, which ends whatever
/// command the old one left half done.
/// </para>
/// </remarks>
public sealed class AtaDiskDriver : BlockDriver
{
    /// <summary>The most sectors one command moves (the driver's buffer: 64 KiB).</summary>
    public const int SectorsPerCommand = 128;

    /// <summary>How long a command may take (all its sectors' interrupts) before it fails.</summary>
    public const int TimeoutSeconds = 5;

    private Channels _channels;
    private Disks _disks;
    private byte[] _buffer = new byte[0];
    private ulong _timeoutTicks;

    /// <summary>Creates the driver; <see cref="Service.Run"/> starts it.</summary>
    public AtaDiskDriver()
    {
    }

    /// <summary>Allocates the buffer, binds both channels' IRQs, resets the channels and identifies their disks.</summary>
    /// <returns><see cref="Status.Ok"/> (with or without disks), or the kernel's refusal of an IRQ.</returns>
    protected override Status OnInitFresh()
    {
        _buffer = new byte[SectorsPerCommand * AtaRegisters.SectorSize];
        int hz = Alarm.Hz();
        _timeoutTicks = (ulong)((hz > 0 ? hz : 100) * TimeoutSeconds);
        _channels[0] = new AtaChannelPorts(0, 0x1F0, 0x3F6, 14);
        _channels[1] = new AtaChannelPorts(1, 0x170, 0x376, 15);
        int disks = 0;
        for (int c = 0; c < 2; c++)
        {
            ref AtaChannelPorts channel = ref _channels[c];
            if (DevIo.InByte(channel.Control) == 0xFF)
                continue; // nothing drives the bus: no controller here
            Status bound = channel.Line.Bind(channel.Irq, notifyId: channel.Number, IrqPolicy.Reenable);
            if (bound != Status.Ok)
                return bound;
            channel.Present = true;
            Reset(ref channel);
            for (int d = 0; d < 2; d++)
            {
                int minor = AtaMinor.Of(c, d);
                _disks[minor] = Identify(ref channel, d);
                if (_disks[minor].Present)
                {
                    disks++;
                    Describe(minor);
                }
            }
        }

        var line = new LogText(stackalloc byte[80]);
        line.Append(IsRestart ? "ready again after a restart: "u8 : "ready: "u8).Append(disks).Append(disks == 1 ? " disk"u8 : " disks"u8);
        Log.Write(line.Text);
        return Status.Ok;
    }

    /// <summary>Minors 0-3 that have a disk; partitions (4-19) are not served yet.</summary>
    /// <param name="minor">The minor.</param>
    /// <param name="access">Ignored: disks are read and written.</param>
    /// <param name="client">The client.</param>
    /// <returns><see cref="Status.Ok"/> or <see cref="Status.NoSuchDevice"/>.</returns>
    protected override Status Open(int minor, DeviceAccess access, Endpoint client) =>
        minor < AtaMinor.Disks && _disks[minor].Present ? Status.Ok : Status.NoSuchDevice;

    /// <summary>The disk's size and legacy shape from IDENTIFY.</summary>
    /// <param name="minor">An open minor.</param>
    /// <returns>The geometry.</returns>
    protected override BlockGeometry Geometry(int minor)
    {
        AtaDiskInfo disk = _disks[minor];
        return new BlockGeometry
        {
            Length = disk.Sectors * AtaRegisters.SectorSize,
            SectorSize = AtaRegisters.SectorSize,
            Cylinders = disk.Cylinders,
            Heads = disk.Heads,
            SectorsPerTrack = disk.SectorsPerTrack,
        };
    }

    /// <summary>Reads or writes whole sectors, up to <see cref="SectorsPerCommand"/> a command.</summary>
    /// <param name="transfer">The transfer (inside the disk).</param>
    /// <returns>Bytes moved (those of the commands that completed, if a later one failed), or a negative status.</returns>
    protected override long Transfer(ref BlockTransfer transfer)
    {
        if (transfer.Position % AtaRegisters.SectorSize != 0 || transfer.Length % AtaRegisters.SectorSize != 0)
            return (long)Status.InvalidArgument;
        long first = transfer.Position / AtaRegisters.SectorSize;
        long count = transfer.Length / AtaRegisters.SectorSize;
        long done = 0;
        while (done < count)
        {
            int sectors = (int)Math.Min(count - done, SectorsPerCommand);
            Span<byte> chunk = _buffer.AsSpan(0, sectors * AtaRegisters.SectorSize);
            long offset = done * AtaRegisters.SectorSize;
            Status status;
            if (transfer.IsWrite)
            {
                status = transfer.CopyFromClient(offset, chunk);
                if (status == Status.Ok)
                    status = WriteSectors(transfer.Minor, first + done, chunk);
            }
            else
            {
                status = ReadSectors(transfer.Minor, first + done, chunk);
                if (status == Status.Ok)
                    status = transfer.CopyToClient(offset, chunk);
            }

            if (status != Status.Ok)
                return done > 0 ? offset : (long)status;
            done += sectors;
        }

        return transfer.Length;
    }

    /// <summary>FLUSH CACHE: the disk writes what it caches.</summary>
    /// <param name="minor">An open minor.</param>
    /// <returns><see cref="Status.Ok"/>, or why not.</returns>
    protected override Status Flush(int minor)
    {
        ref AtaChannelPorts channel = ref _channels[minor / 2];
        Status status = Issue(ref channel, minor % 2, AtaRegisters.FlushCache, 0, 0);
        if (status != Status.Ok)
            return status;
        WaitDeadline deadline = StartTimeout(_timeoutTicks);
        status = Await(ref channel, wantData: false, deadline);
        EndTimeout();
        return status;
    }

    /// <summary>
    /// An interrupt no request waits for (a drive may interrupt again after a command, or the other channel while
    /// this one is waited for): read the status, which acknowledges it (the kernel has unmasked the line).
    /// </summary>
    /// <param name="interrupts">Pending interrupt bits.</param>
    protected override void OnInterrupt(ulong interrupts)
    {
        for (int c = 0; c < 2; c++)
        {
            ref AtaChannelPorts channel = ref _channels[c];
            if (!channel.Present || !channel.Line.IsIn(interrupts))
                continue;
            DevIo.InByte(channel.Port(AtaRegisters.Status));
        }
    }

    private Status ReadSectors(int minor, long lba, Span<byte> chunk)
    {
        ref AtaChannelPorts channel = ref _channels[minor / 2];
        bool ext = NeedsLba48(minor, lba, chunk.Length);
        Status status = Issue(ref channel, minor % 2, ext ? AtaRegisters.ReadSectorsExt : AtaRegisters.ReadSectors, lba, chunk.Length / AtaRegisters.SectorSize, ext);
        WaitDeadline deadline = StartTimeout(_timeoutTicks);
        for (int at = 0; status == Status.Ok && at < chunk.Length; at += AtaRegisters.SectorSize)
        {
            status = Await(ref channel, wantData: true, deadline);
            if (status == Status.Ok)
                DevIo.InWords(channel.Port(AtaRegisters.Data), MemoryMarshal.Cast<byte, ushort>(chunk.Slice(at, AtaRegisters.SectorSize)));
        }

        return Finish(ref channel, status);
    }

    private Status WriteSectors(int minor, long lba, ReadOnlySpan<byte> chunk)
    {
        ref AtaChannelPorts channel = ref _channels[minor / 2];
        bool ext = NeedsLba48(minor, lba, chunk.Length);
        Status status = Issue(ref channel, minor % 2, ext ? AtaRegisters.WriteSectorsExt : AtaRegisters.WriteSectors, lba, chunk.Length / AtaRegisters.SectorSize, ext);
        if (status == Status.Ok)
            status = PollForData(ref channel); // the first sector's data is asked for without an interrupt
        WaitDeadline deadline = StartTimeout(_timeoutTicks);
        for (int at = 0; status == Status.Ok && at < chunk.Length; at += AtaRegisters.SectorSize)
        {
            DevIo.OutWords(channel.Port(AtaRegisters.Data), MemoryMarshal.Cast<byte, ushort>(chunk.Slice(at, AtaRegisters.SectorSize)));
            status = Await(ref channel, wantData: at + AtaRegisters.SectorSize < chunk.Length, deadline);
        }

        return Finish(ref channel, status);
    }

    // The command's timeout ends with it; a failed command leaves the channel in an unknown state, so it is reset.
    private Status Finish(ref AtaChannelPorts channel, Status status)
    {
        EndTimeout();
        if (status != Status.Ok)
            Reset(ref channel);
        return status;
    }

    // 48-bit commands only where 28 bits do not reach, as MINIX's at_wini does: older disks know only the short ones.
    private bool NeedsLba48(int minor, long lba, int bytes) =>
        _disks[minor].Lba48 && lba + bytes / AtaRegisters.SectorSize > AtaRegisters.Lba28Limit;

    /// <summary>Loads the task file and writes the command: one SYS_VDEVIO.</summary>
    private Status Issue(ref AtaChannelPorts channel, int drive, byte command, long lba, int count, bool ext = false)
    {
        Status ready = WaitNotBusy(ref channel);
        if (ready != Status.Ok)
            return ready;
        var batch = new PortBatch(PortAccess.Output | PortAccess.Byte);
        byte select = (byte)(AtaRegisters.DriveBase | AtaRegisters.DriveLba | (drive << 4));
        if (ext)
        {
            // LBA48: each register takes its high byte first, then its low byte.
            batch.Add(channel.Port(AtaRegisters.DriveHead), select)
                .Add(channel.Port(AtaRegisters.SectorCount), (uint)(count >> 8) & 0xFF)
                .Add(channel.Port(AtaRegisters.LbaLow), (uint)(lba >> 24) & 0xFF)
                .Add(channel.Port(AtaRegisters.LbaMid), (uint)(lba >> 32) & 0xFF)
                .Add(channel.Port(AtaRegisters.LbaHigh), (uint)(lba >> 40) & 0xFF);
        }
        else
        {
            batch.Add(channel.Port(AtaRegisters.DriveHead), select | ((uint)(lba >> 24) & 0x0F));
        }

        batch.Add(channel.Port(AtaRegisters.SectorCount), (uint)count & 0xFF)
            .Add(channel.Port(AtaRegisters.LbaLow), (uint)lba & 0xFF)
            .Add(channel.Port(AtaRegisters.LbaMid), (uint)(lba >> 8) & 0xFF)
            .Add(channel.Port(AtaRegisters.LbaHigh), (uint)(lba >> 16) & 0xFF)
            .Add(channel.Port(AtaRegisters.Command), command);
        batch.Run();
        return Status.Ok;
    }

    /// <summary>
    /// Waits for the channel's interrupt and reads the status, which acknowledges it: <see cref="Status.Ok"/> when
    /// the disk is no longer busy (and, if <paramref name="wantData"/>, offers data), <see cref="Status.IoError"/>
    /// if it reports an error, <see cref="Status.TimedOut"/> if no interrupt comes before the command's deadline.
    /// </summary>
    private Status Await(ref AtaChannelPorts channel, bool wantData, WaitDeadline deadline)
    {
        while (true)
        {
            Status waited = WaitForInterrupt(channel.Line.Mask, deadline, out _);
            if (waited != Status.Ok)
                return waited;
            byte status = DevIo.InByte(channel.Port(AtaRegisters.Status));
            if ((status & AtaRegisters.StatusBusy) != 0)
                continue;
            if ((status & (AtaRegisters.StatusError | AtaRegisters.StatusFault)) != 0)
                return Status.IoError;
            if (!wantData || (status & AtaRegisters.StatusDataRequest) != 0)
                return Status.Ok;
            // An interrupt without data (left over from before a reset): the next one is ours.
        }
    }

    /// <summary>Polls the alternate status (which acknowledges nothing) until the disk asks for data.</summary>
    private Status PollForData(ref AtaChannelPorts channel)
    {
        ulong deadline = 0;
        for (int polls = 0; ; polls++)
        {
            byte status = DevIo.InByte(channel.Control);
            if ((status & AtaRegisters.StatusBusy) == 0)
            {
                if ((status & (AtaRegisters.StatusError | AtaRegisters.StatusFault)) != 0)
                    return Status.IoError;
                if ((status & AtaRegisters.StatusDataRequest) != 0)
                    return Status.Ok;
            }

            if (!StillInTime(polls, ref deadline))
                return Status.TimedOut;
        }
    }

    /// <summary>Polls the alternate status until the channel is not busy, as a command may only be written then.</summary>
    private Status WaitNotBusy(ref AtaChannelPorts channel)
    {
        ulong deadline = 0;
        for (int polls = 0; ; polls++)
        {
            if ((DevIo.InByte(channel.Control) & AtaRegisters.StatusBusy) == 0)
                return Status.Ok;
            if (!StillInTime(polls, ref deadline))
                return Status.TimedOut;
        }
    }

    // Reading the clock is a kernel call too: look at it every 64 polls, and set the deadline at the first look.
    private bool StillInTime(int polls, ref ulong deadline)
    {
        if (polls % 64 != 63)
            return true;
        ulong now = Alarm.Uptime();
        if (deadline == 0)
            deadline = now + _timeoutTicks;
        return now < deadline;
    }

    /// <summary>
    /// Software reset (SRST): ends any command in progress on both drives of the channel, and leaves interrupts on.
    /// The master is selected first, so the status polled afterwards is the master's: a reset may take a while, the
    /// master stays busy meanwhile, and a drive ignores a select while it is busy.
    /// </summary>
    private void Reset(ref AtaChannelPorts channel)
    {
        DevIo.OutByte(channel.Port(AtaRegisters.DriveHead), AtaRegisters.DriveBase);
        Settle(ref channel);
        DevIo.OutByte(channel.Control, AtaRegisters.ControlReset | AtaRegisters.ControlNoInterrupt);
        Settle(ref channel);
        DevIo.OutByte(channel.Control, 0);
        Settle(ref channel);
        WaitNotBusy(ref channel);
    }

    // The status is valid 400 ns after a select or reset: four reads of the alternate status take at least that long.
    private static void Settle(ref AtaChannelPorts channel)
    {
        for (int i = 0; i < 4; i++)
            DevIo.InByte(channel.Control);
    }

    /// <summary>
    /// Selects a drive and reads the select back, writing it again for a few polls if it did not take: a channel
    /// still busy with a reset ignores a select, and with no master the status polled after the reset never says busy.
    /// </summary>
    private static void Select(ref AtaChannelPorts channel, int drive)
    {
        byte select = (byte)(AtaRegisters.DriveBase | (drive << 4));
        for (int polls = 0; polls < 64; polls++)
        {
            DevIo.OutByte(channel.Port(AtaRegisters.DriveHead), select);
            Settle(ref channel);
            if ((DevIo.InByte(channel.Port(AtaRegisters.DriveHead)) & 0x10) == (select & 0x10))
                return;
        }
    }

    /// <summary>IDENTIFY DEVICE on one position: an ATA disk's description, or not present (no drive, or a packet device such as a CD-ROM).</summary>
    private AtaDiskInfo Identify(ref AtaChannelPorts channel, int drive)
    {
        if (WaitNotBusy(ref channel) != Status.Ok)
            return default;
        Select(ref channel, drive);
        WaitNotBusy(ref channel);
        if (DevIo.InByte(channel.Port(AtaRegisters.Status)) == 0)
            return default; // no drive: its registers read as zeroes
        DevIo.OutByte(channel.Port(AtaRegisters.Command), AtaRegisters.IdentifyDevice);
        if (DevIo.InByte(channel.Control) == 0)
            return default;
        Status answered = Await(ref channel, wantData: true, StartTimeout(_timeoutTicks));
        EndTimeout();
        if (answered != Status.Ok)
        {
            // A packet device (a CD-ROM) aborts IDENTIFY DEVICE; anything else here is worth a line.
            var line = new LogText(stackalloc byte[96]);
            line.Append("c"u8).Append(channel.Number).Append("d"u8).Append(drive).Append(": no ATA disk answers IDENTIFY ("u8).Append(answered).Append(")"u8);
            Log.Write(line.Text);
            Reset(ref channel);
            return default;
        }

        Span<ushort> words = stackalloc ushort[AtaRegisters.SectorSize / 2];
        DevIo.InWords(channel.Port(AtaRegisters.Data), words);
        return AtaDiskInfo.FromIdentify(words);
    }

    /// <summary>Logs a disk found: <c>c0d0: 2048 sectors (1 MiB), LBA48</c>.</summary>
    private void Describe(int minor)
    {
        AtaDiskInfo disk = _disks[minor];
        var line = new LogText(stackalloc byte[96]);
        line.Append("c"u8).Append(minor / 2).Append("d"u8).Append(minor % 2).Append(": "u8).Append(disk.Sectors).Append(" sectors ("u8)
            .Append(disk.Sectors / 2048).Append(" MiB), "u8).Append(disk.Lba48 ? "LBA48"u8 : "LBA28"u8);
        Log.Write(line.Text);
    }

    [InlineArray(2)]
    private struct Channels
    {
        private AtaChannelPorts _element0;
    }

    [InlineArray(AtaMinor.Disks)]
    private struct Disks
    {
        private AtaDiskInfo _element0;
    }
}

/// <summary>The ATA driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver.</summary>
    public static void Main() => new AtaDiskDriver().Run();
}
