namespace Minix.DriverKit.Testing.Devices;

/// <summary>
/// The PC's CMOS real-time clock (MC146818): an index port (0x70) that selects one of 128 registers and a data port
/// (0x71) that reads or writes it. Registers 0, 2, 4, 6, 7, 8, 9 and 0x32 hold seconds, minutes, hours, weekday, day,
/// month, year and century, in BCD unless register B's binary bit (0x04) is set, and in 24-hour form if its bit 0x02
/// is set (else 12-hour with 0x80 marking PM). Register A's bit 0x80 says an update is in progress, during which the
/// time registers must not be trusted. The clock runs in virtual time: it advances one second every
/// <see cref="Hz"/> clock ticks from <see cref="Start"/>.
/// </summary>
public sealed class CmosClock : SimulatedDevice
{
    /// <summary>Register A: bit 7 is "update in progress".</summary>
    public const int RegisterA = 0x0A;

    /// <summary>Register B: bit 2 binary (else BCD), bit 1 24-hour mode.</summary>
    public const int RegisterB = 0x0B;

    /// <summary>Register D: bit 7 says the battery (and so the time) is good.</summary>
    public const int RegisterD = 0x0D;

    /// <summary>The century register most BIOSes use.</summary>
    public const int Century = 0x32;

    private readonly byte[] _nvram = new byte[128];
    private int _index;
    private ulong _now;

    /// <summary>Creates the clock.</summary>
    /// <param name="start">The date and time at uptime 0.</param>
    /// <param name="hz">Clock ticks per second of the simulated machine (its <see cref="SimulationOptions.Hz"/>).</param>
    /// <param name="basePort">The index port; the data port follows it.</param>
    public CmosClock(DateTime start, int hz = 100, ushort basePort = 0x70)
        : base(basePort, 2, -1)
    {
        Start = start;
        Hz = hz;
        _nvram[RegisterA] = 0x26;
        _nvram[RegisterB] = 0x02;
        _nvram[RegisterD] = 0x80;
    }

    /// <summary>The date and time at uptime 0 (moved when the guest sets the clock).</summary>
    public DateTime Start { get; private set; }

    /// <summary>Clock ticks per second.</summary>
    public int Hz { get; }

    /// <summary>The clock's current time.</summary>
    public DateTime Now => Start.AddSeconds((double)(_now / (ulong)Hz));

    /// <summary>How many more reads of register A report an update in progress (a test sets it to see the driver wait).</summary>
    public int UpdateInProgressReads { get; set; }

    /// <summary>How many times register A was read (to see that a driver polled it).</summary>
    public int RegisterAReads { get; private set; }

    /// <summary>Register B's mode bits: 0x04 binary, 0x02 24-hour. The default is BCD, 24-hour, as most BIOSes leave it.</summary>
    public byte Mode
    {
        get => _nvram[RegisterB];
        set => _nvram[RegisterB] = value;
    }

    /// <inheritdoc/>
    public override uint Read(int offset, int width)
    {
        if (offset == 0)
            return (uint)_index;
        if (_index == RegisterA)
        {
            RegisterAReads++;
            bool updating = UpdateInProgressReads > 0;
            if (updating)
                UpdateInProgressReads--;
            return (uint)(_nvram[RegisterA] & 0x7F) | (updating ? 0x80u : 0u);
        }

        return TimeField(_index, Now) is int value ? Encode(value, _index == 4) : _nvram[_index];
    }

    /// <inheritdoc/>
    public override void Write(int offset, uint value, int width)
    {
        if (offset == 0)
        {
            _index = (int)(value & 0x7F); // bit 7 masks NMIs on a PC; the register number is the low 7 bits
            return;
        }

        DateTime now = Now;
        if (TimeField(_index, now) is null)
        {
            _nvram[_index] = (byte)value;
            return;
        }

        int decoded = Decode((byte)value, _index == 4);
        int year = _index == 9 ? now.Year / 100 * 100 + decoded : _index == Century ? decoded * 100 + now.Year % 100 : now.Year;
        DateTime set = new DateTime(
            year,
            _index == 8 ? decoded : now.Month,
            _index == 7 ? decoded : now.Day,
            _index == 4 ? decoded : now.Hour,
            _index == 2 ? decoded : now.Minute,
            _index == 0 ? decoded : now.Second);
        Start = set.AddSeconds(-(double)(_now / (ulong)Hz));
    }

    /// <inheritdoc/>
    public override void Tick(ulong now) => _now = now;

    private static int? TimeField(int register, DateTime t) => register switch
    {
        0 => t.Second,
        2 => t.Minute,
        4 => t.Hour,
        6 => (int)t.DayOfWeek + 1,
        7 => t.Day,
        8 => t.Month,
        9 => t.Year % 100,
        Century => t.Year / 100,
        _ => null,
    };

    private uint Encode(int value, bool hour)
    {
        bool pm = false;
        if (hour && (Mode & 0x02) == 0)
        {
            pm = value >= 12;
            value = value % 12 == 0 ? 12 : value % 12;
        }

        uint encoded = (Mode & 0x04) != 0 ? (uint)value : (uint)((value / 10 << 4) | (value % 10));
        return encoded | (pm ? 0x80u : 0u);
    }

    private int Decode(byte raw, bool hour)
    {
        bool pm = hour && (Mode & 0x02) == 0 && (raw & 0x80) != 0;
        int bits = hour ? raw & 0x7F : raw;
        int value = (Mode & 0x04) != 0 ? bits : (bits >> 4) * 10 + (bits & 0x0F);
        if (hour && (Mode & 0x02) == 0)
            value = value % 12 + (pm ? 12 : 0);
        return value;
    }
}
