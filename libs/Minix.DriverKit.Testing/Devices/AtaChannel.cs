namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// One channel of a simulated IDE controller with up to two <see cref="AtaDrive"/>s (master and slave), as the
/// driver sees it through ports: the command block (8 ports: data, error/features, sector count, LBA low, mid,
/// high, drive/head, status/command) and the control block (one port: alternate status / device control), and an
/// IRQ line. It runs PIO commands: IDENTIFY DEVICE, READ and WRITE SECTORS with 28-bit addresses, their EXT forms
/// with 48-bit ones, and FLUSH CACHE; others are aborted. Add both blocks to the machine:
/// <c>var primary = sim.AddDevice(new AtaChannel(AtaChannel.Primary) { Master = new AtaDrive(2048) }); sim.AddDevice(primary.ControlBlock);</c>
/// </summary>
/// <remarks>
/// As on real hardware, a read raises the IRQ once per sector when its data is ready; a write needs the first
/// sector's data without an interrupt and raises the IRQ after each sector is taken; reading the status register
/// acknowledges the interrupt. A drive that is absent reads as zeroes and ignores commands. Bit 1 of device control
/// (nIEN) turns the IRQ off, bit 2 (SRST) resets the channel, cancelling a command in progress; the channel stays
/// busy until the next clock tick after SRST is cleared and then has the master selected. While the channel is busy
/// it ignores writes to its command block (a select included), and while a command still has data to move it ignores
/// a new command, as QEMU's drives do: a driver that died mid-command must reset the channel.
/// </remarks>
public sealed class AtaChannel : SimulatedDevice
{
    /// <summary>The primary channel's ports and IRQ: command block 0x1f0, control 0x3f6, IRQ 14.</summary>
    public static readonly (ushort Command, ushort Control, int Irq) Primary = (0x1F0, 0x3F6, 14);

    /// <summary>The secondary channel's: command block 0x170, control 0x376, IRQ 15.</summary>
    public static readonly (ushort Command, ushort Control, int Irq) Secondary = (0x170, 0x376, 15);

    private const byte StatusBusy = 0x80;
    private const byte StatusError = 0x01;
    private const byte StatusDataRequest = 0x08;
    private const byte StatusReady = 0x50; // DRDY and DSC (seek complete), as disks and QEMU report when idle
    private const byte ErrorAborted = 0x04;
    private const byte ErrorNotFound = 0x10;
    private const byte ErrorUncorrectable = 0x40;
    private const byte ControlNoInterrupt = 0x02;
    private const byte ControlReset = 0x04;

    private readonly byte[] _buffer = new byte[AtaDrive.SectorSize];
    private readonly Register _count = new(), _lbaLow = new(), _lbaMid = new(), _lbaHigh = new();
    private byte _device = 0xB0; // the slave selected, as a BIOS leaves the channel after probing it
    private ulong _now;
    private ulong? _resetDone;
    private byte _status = StatusReady;
    private byte _error;
    private byte _control;
    private int _bufferAt;
    private Phase _phase;
    private long _lba;
    private int _sectorsLeft;

    /// <summary>Creates a channel with no drives yet.</summary>
    /// <param name="ports">Its ports and IRQ (<see cref="Primary"/> or <see cref="Secondary"/>).</param>
    public AtaChannel((ushort Command, ushort Control, int Irq) ports)
        : base(ports.Command, 8, ports.Irq)
    {
        ControlBlock = new ControlPort(this, ports.Control);
    }

    private enum Phase
    {
        Idle,
        DataIn,
        DataOut,
    }

    /// <summary>The master drive (drive 0), or null.</summary>
    public AtaDrive? Master { get; init; }

    /// <summary>The slave drive (drive 1), or null.</summary>
    public AtaDrive? Slave { get; init; }

    /// <summary>The control block's port, a device of its own on the bus: add it too.</summary>
    public SimulatedDevice ControlBlock { get; }

    /// <summary>Whether the channel loses its interrupts from now on (a broken IRQ line: the driver must time out).</summary>
    public bool LosesInterrupts { get; set; }

    /// <summary>Interrupts the channel raised.</summary>
    public int InterruptsRaised { get; private set; }

    /// <summary>Called after each sector the channel moved (drive, sector number, true for a write): lets a test act in the middle of a command.</summary>
    public Action<AtaDrive, long, bool>? SectorMoved { get; set; }

    /// <summary>Raises the IRQ without a command, as a drive sometimes does: the driver must acknowledge it and carry on.</summary>
    public void RaiseStrayInterrupt() => Interrupt();

    private AtaDrive? Selected => (_device & 0x10) == 0 ? Master : Slave;

    /// <inheritdoc/>
    public override uint Read(int offset, int width)
    {
        if (Selected is null)
            return 0; // an absent drive reads as zeroes
        switch (offset)
        {
            case 0:
                return ReadData(width);
            case 1:
                return _error;
            case 2:
                return _count.Read(Hob);
            case 3:
                return _lbaLow.Read(Hob);
            case 4:
                return _lbaMid.Read(Hob);
            case 5:
                return _lbaHigh.Read(Hob);
            case 6:
                return _device;
            default:
                return _status; // reading the status acknowledges the interrupt: nothing is left pending here
        }
    }

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        if ((_status & StatusBusy) != 0)
            return;
        byte b = (byte)value;
        switch (offset)
        {
            case 0:
                WriteData(value, width);
                break;
            case 2:
                _count.Write(b);
                break;
            case 3:
                _lbaLow.Write(b);
                break;
            case 4:
                _lbaMid.Write(b);
                break;
            case 5:
                _lbaHigh.Write(b);
                break;
            case 6:
                _device = b;
                break;
            case 7:
                Execute(b);
                break;
        }
    }

    // Reading a register with HOB (bit 7 of device control) set gives the previously written (high) byte.
    private bool Hob => (_control & 0x80) != 0;

    private void Execute(byte command)
    {
        AtaDrive? drive = Selected;
        if (drive is null || _phase != Phase.Idle)
            return; // commands to an absent drive, or while data is still to be moved, are ignored (as QEMU does)
        _error = 0;
        switch (command)
        {
            case 0xEC:
                drive.Commands.Add(new AtaCommandRecord(command, 0, 1));
                ushort[] words = drive.Identify();
                Buffer.BlockCopy(words, 0, _buffer, 0, AtaDrive.SectorSize);
                _bufferAt = 0;
                _sectorsLeft = 1;
                _lba = -1;
                _phase = Phase.DataIn;
                _status = StatusReady | StatusDataRequest;
                Interrupt();
                break;
            case 0x20:
            case 0x24:
            case 0x30:
            case 0x34:
                bool ext = command is 0x24 or 0x34;
                bool write = command is 0x30 or 0x34;
                long lba = ext
                    ? _lbaLow.Low | ((long)_lbaMid.Low << 8) | ((long)_lbaHigh.Low << 16) | ((long)_lbaLow.High << 24) | ((long)_lbaMid.High << 32) | ((long)_lbaHigh.High << 40)
                    : _lbaLow.Low | ((long)_lbaMid.Low << 8) | ((long)_lbaHigh.Low << 16) | ((long)(_device & 0x0F) << 24);
                int count = ext ? _count.Low | (_count.High << 8) : _count.Low;
                if (count == 0)
                    count = ext ? 65536 : 256;
                drive.Commands.Add(new AtaCommandRecord(command, lba, count));
                if ((_device & 0x40) == 0 || (ext && !drive.SupportsLba48) || lba + count > drive.Sectors)
                {
                    Fail((_device & 0x40) == 0 || (ext && !drive.SupportsLba48) ? ErrorAborted : ErrorNotFound);
                    return;
                }

                _lba = lba;
                _sectorsLeft = count;
                _bufferAt = 0;
                if (write)
                {
                    _phase = Phase.DataOut;
                    _status = StatusReady | StatusDataRequest;
                }
                else
                {
                    LoadSector(drive);
                }

                break;
            case 0xE7:
            case 0xEA:
                drive.Commands.Add(new AtaCommandRecord(command, 0, 0));
                _phase = Phase.Idle;
                _status = StatusReady;
                Interrupt();
                break;
            default:
                drive.Commands.Add(new AtaCommandRecord(command, 0, 0));
                Fail(ErrorAborted);
                break;
        }
    }

    private void LoadSector(AtaDrive drive)
    {
        if (drive.BadSectors.Contains(_lba))
        {
            Fail(ErrorUncorrectable);
            return;
        }

        drive.Read(_lba * AtaDrive.SectorSize, AtaDrive.SectorSize).CopyTo(_buffer, 0);
        _bufferAt = 0;
        _phase = Phase.DataIn;
        _status = StatusReady | StatusDataRequest;
        Interrupt();
    }

    private uint ReadData(int width)
    {
        if (_phase != Phase.DataIn)
            return 0;
        uint value = 0;
        for (int i = 0; i < width && _bufferAt < _buffer.Length; i++)
            value |= (uint)_buffer[_bufferAt++] << (8 * i);
        if (_bufferAt < _buffer.Length)
            return value;
        AtaDrive drive = Selected!;
        if (_lba >= 0)
        {
            SectorMoved?.Invoke(drive, _lba, false);
            _lba++;
        }

        if (--_sectorsLeft > 0)
        {
            LoadSector(drive);
        }
        else
        {
            _phase = Phase.Idle;
            _status = StatusReady;
        }

        return value;
    }

    private void WriteData(uint value, int width)
    {
        if (_phase != Phase.DataOut)
            return;
        for (int i = 0; i < width && _bufferAt < _buffer.Length; i++)
            _buffer[_bufferAt++] = (byte)(value >> (8 * i));
        if (_bufferAt < _buffer.Length)
            return;
        AtaDrive drive = Selected!;
        if (drive.BadSectors.Contains(_lba))
        {
            Fail(ErrorUncorrectable);
            return;
        }

        drive.Write(_lba * AtaDrive.SectorSize, _buffer);
        SectorMoved?.Invoke(drive, _lba, true);
        _lba++;
        _bufferAt = 0;
        if (--_sectorsLeft > 0)
        {
            _status = StatusReady | StatusDataRequest;
        }
        else
        {
            _phase = Phase.Idle;
            _status = StatusReady;
        }

        Interrupt();
    }

    private void Fail(byte error)
    {
        _error = error;
        _phase = Phase.Idle;
        _status = StatusReady | StatusError;
        Interrupt();
    }

    private void Interrupt()
    {
        if ((_control & ControlNoInterrupt) != 0 || LosesInterrupts)
            return;
        InterruptsRaised++;
        RaiseInterrupt();
    }

    /// <inheritdoc/>
    public override ulong? NextEvent(ulong now) => _resetDone;

    /// <inheritdoc/>
    public override void Tick(ulong now)
    {
        _now = now;
        if (_resetDone is ulong done && now >= done)
        {
            _resetDone = null;
            _device = 0;
            _status = StatusReady;
            _error = 0x01; // diagnostics passed
            _count.Write(1);
            _lbaLow.Write(1);
            _lbaMid.Write(0);
            _lbaHigh.Write(0);
        }
    }

    private void WriteControl(byte value)
    {
        bool resetEnds = (_control & ControlReset) != 0 && (value & ControlReset) == 0;
        _control = value;
        if ((value & ControlReset) != 0)
        {
            _phase = Phase.Idle;
            _sectorsLeft = 0;
            _status = StatusBusy;
        }
        else if (resetEnds)
        {
            _resetDone = _now + 1;
        }
    }

    /// <summary>A task-file register of LBA48: a two-deep FIFO, the last byte written and the one before it.</summary>
    private sealed class Register
    {
        public byte Low;
        public byte High;

        public void Write(byte value)
        {
            High = Low;
            Low = value;
        }

        public byte Read(bool high) => high ? High : Low;
    }

    /// <summary>The control block: alternate status (reading it does not acknowledge) and device control.</summary>
    private sealed class ControlPort(AtaChannel channel, ushort port) : SimulatedDevice(port, 1, -1)
    {
        public override uint Read(int offset, int width) => channel.Selected is null ? 0u : channel._status;

        public override void Write(int offset, uint value, int width) => channel.WriteControl((byte)value);
    }
}
