using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;

[assembly: Driver("rtc")]

namespace Minix.Samples.Rtc;

/// <summary>The date and time as <see cref="RtcDriver.IoctlGetTime"/> returns it.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct RtcTime
{
    /// <summary>The year, e.g. 2026.</summary>
    public int Year;

    /// <summary>1..12.</summary>
    public int Month;

    /// <summary>1..31.</summary>
    public int Day;

    /// <summary>0..23.</summary>
    public int Hour;

    /// <summary>0..59.</summary>
    public int Minute;

    /// <summary>0..59.</summary>
    public int Second;

    /// <summary>1 (Sunday) .. 7.</summary>
    public int Weekday;
}

/// <summary>
/// A driver for the PC's CMOS real-time clock. The clock's registers are reached through two ports: write a
/// register number to 0x70, then read its value from 0x71. A read of minor 0 answers the date and time as text,
/// <c>YYYY-MM-DD HH:MM:SS\n</c>; <see cref="IoctlGetTime"/> copies an <see cref="RtcTime"/> into the client's grant.
/// </summary>
/// <remarks>
/// The clock updates its registers once a second and flags it in register A; the driver waits until no update is in
/// progress and then reads all registers twice, until two readings agree, so it never mixes the seconds of one
/// update with the minutes of the next. Values are BCD unless register B says binary, and hours may be in 12-hour
/// form with bit 7 marking PM.
/// </remarks>
public sealed class RtcDriver : CharacterDriver
{
    /// <summary>The index port.</summary>
    public const ushort IndexPort = 0x70;

    /// <summary>The data port.</summary>
    public const ushort DataPort = 0x71;

    /// <summary>Ioctl: copy an <see cref="RtcTime"/> into the grant.</summary>
    public const int IoctlGetTime = 1;

    /// <summary>The length of the text a read answers.</summary>
    public const int TextLength = 20;

    private const byte RegisterA = 0x0A;
    private const byte RegisterB = 0x0B;
    private const byte UpdateInProgress = 0x80;
    private const byte BinaryMode = 0x04;
    private const byte TwentyFourHours = 0x02;
    private const int Attempts = 10;
    private const int UpdatePolls = 1000;

    private static ReadOnlySpan<byte> Registers => [0x00, 0x02, 0x04, 0x06, 0x07, 0x08, 0x09, 0x32, RegisterB];

    /// <summary>Creates the driver; <see cref="Service.Run"/> starts it.</summary>
    public RtcDriver()
    {
    }

    /// <summary>Answers the date and time as text.</summary>
    /// <param name="request">The read.</param>
    /// <returns>Bytes copied, or why the clock could not be read.</returns>
    protected override long Read(in IoRequest request)
    {
        Status status = ReadClock(out RtcTime time);
        if (status != Status.Ok)
            return (long)status;
        Span<byte> text = stackalloc byte[TextLength];
        Format(time, text);
        int n = Math.Min(request.Count, TextLength);
        status = CopyToClient(request, 0, text.Slice(0, n));
        return status == Status.Ok ? n : (long)status;
    }

    /// <summary><see cref="IoctlGetTime"/>.</summary>
    /// <param name="request">The request.</param>
    /// <returns>0, or why not.</returns>
    protected override long Ioctl(in IoRequest request)
    {
        if (request.IoctlRequest != IoctlGetTime)
            return (long)Status.BadRequest;
        Status status = ReadClock(out RtcTime time);
        if (status == Status.Ok)
            status = CopyToClient(request, 0, MemoryMarshal.AsBytes(new Span<RtcTime>(ref time)));
        return (long)status;
    }

    /// <summary>Reads the clock consistently: no update in progress, and two readings in a row that agree.</summary>
    /// <param name="time">The date and time.</param>
    /// <returns><see cref="Status.Ok"/>, or <see cref="Status.TimedOut"/> if the clock never settled.</returns>
    public static Status ReadClock(out RtcTime time)
    {
        time = default;
        Span<byte> first = stackalloc byte[9];
        Span<byte> second = stackalloc byte[9];
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            if (!WaitWhileUpdating())
                continue;
            ReadRegisters(first);
            if (!WaitWhileUpdating())
                continue;
            ReadRegisters(second);
            if (!first.SequenceEqual(second))
                continue;
            time = Decode(first);
            return Status.Ok;
        }

        return Status.TimedOut;
    }

    /// <summary>Formats <c>YYYY-MM-DD HH:MM:SS\n</c> into 20 bytes.</summary>
    /// <param name="time">The time.</param>
    /// <param name="text">At least <see cref="TextLength"/> bytes.</param>
    public static void Format(in RtcTime time, Span<byte> text)
    {
        Digits(time.Year, text.Slice(0, 4));
        text[4] = (byte)'-';
        Digits(time.Month, text.Slice(5, 2));
        text[7] = (byte)'-';
        Digits(time.Day, text.Slice(8, 2));
        text[10] = (byte)' ';
        Digits(time.Hour, text.Slice(11, 2));
        text[13] = (byte)':';
        Digits(time.Minute, text.Slice(14, 2));
        text[16] = (byte)':';
        Digits(time.Second, text.Slice(17, 2));
        text[19] = (byte)'\n';
    }

    private static bool WaitWhileUpdating()
    {
        for (int poll = 0; poll < UpdatePolls; poll++)
        {
            if ((ReadRegister(RegisterA) & UpdateInProgress) == 0)
                return true;
        }

        return false;
    }

    private static void ReadRegisters(Span<byte> values)
    {
        ReadOnlySpan<byte> registers = Registers;
        for (int i = 0; i < registers.Length; i++)
            values[i] = ReadRegister(registers[i]);
    }

    private static byte ReadRegister(byte register)
    {
        DevIo.OutByte(IndexPort, register);
        return DevIo.InByte(DataPort);
    }

    private static RtcTime Decode(ReadOnlySpan<byte> raw)
    {
        byte mode = raw[8];
        bool binary = (mode & BinaryMode) != 0;
        int hour = Value((byte)(raw[2] & 0x7F), binary);
        if ((mode & TwentyFourHours) == 0)
            hour = hour % 12 + ((raw[2] & 0x80) != 0 ? 12 : 0);
        return new RtcTime
        {
            Second = Value(raw[0], binary),
            Minute = Value(raw[1], binary),
            Hour = hour,
            Weekday = Value(raw[3], binary),
            Day = Value(raw[4], binary),
            Month = Value(raw[5], binary),
            Year = Value(raw[7], binary) * 100 + Value(raw[6], binary),
        };
    }

    private static int Value(byte raw, bool binary) => binary ? raw : (raw >> 4) * 10 + (raw & 0x0F);

    private static void Digits(int value, Span<byte> into)
    {
        for (int i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}

/// <summary>The clock driver's program.</summary>
public static class Program
{
    /// <summary>Runs the driver.</summary>
    public static void Main() => new RtcDriver().Run();
}
