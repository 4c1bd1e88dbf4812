using Minix.DriverKit;

namespace Minix.Samples.Swifi;

/// <summary>
/// The real-time clock's workload: reads minor 0 three times as text (<c>YYYY-MM-DD HH:MM:SS</c>) and checks each
/// answer: the form, fields in range, and a time neither before the last good reading nor more than two minutes after
/// it. A read a driver restart interrupted fails with <see cref="Ipc.Status.Restart"/>; it is asked again, as a
/// character-device client must.
/// </summary>
public sealed class ClockWorkload : Workload
{
    private const int Reads = 3;

    private readonly GrantTable _grants = new(2);
    private readonly CharacterDeviceClient _clock;
    private readonly byte[] _text = PinnedMemory.Allocate(32);
    private long _last = -1;

    /// <summary>Prepares the client of minor 0 of <paramref name="label"/>.</summary>
    /// <param name="label">The driver's label.</param>
    public ClockWorkload(ReadOnlySpan<byte> label)
    {
        _grants.Register();
        _clock = new CharacterDeviceClient(label, 0, DeviceAccess.Read, _grants);
    }

    /// <inheritdoc/>
    public override WorkloadResult Run(int fault, out long detail)
    {
        detail = 0;
        for (int i = 0; i < Reads; i++)
        {
            long read = 0;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                read = _clock.Read(_text);
                if (!DriverRestart.IsRestart(read))
                    break;
            }

            if (read < 0)
            {
                detail = read;
                return WorkloadResult.Error;
            }

            long seconds = Seconds(_text.AsSpan(0, (int)Math.Min(read, _text.Length)));
            if (seconds < 0 || (_last >= 0 && (seconds < _last || seconds > _last + 120)))
            {
                detail = read;
                return WorkloadResult.WrongData;
            }

            _last = seconds;
        }

        return WorkloadResult.Ok;
    }

    /// <summary>Seconds since the start of 2000 (near enough to order readings), or -1 if the text is not a valid time.</summary>
    private static long Seconds(ReadOnlySpan<byte> text)
    {
        if (text.Length != 20 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':' || text[19] != '\n')
            return -1;
        int year = Field(text, 0, 4), month = Field(text, 5, 2), day = Field(text, 8, 2);
        int hour = Field(text, 11, 2), minute = Field(text, 14, 2), second = Field(text, 17, 2);
        if (year < 2000 || month is < 1 or > 12 || day is < 1 or > 31 || hour > 23 || minute > 59 || second > 59)
            return -1;
        return ((((long)(year - 2000) * 12 + month - 1) * 31 + day - 1) * 24 + hour) * 3600 + minute * 60 + second;
    }

    private static int Field(ReadOnlySpan<byte> text, int at, int length)
    {
        int value = 0;
        for (int i = at; i < at + length; i++)
        {
            if (text[i] is < (byte)'0' or > (byte)'9')
                return -1000;
            value = value * 10 + text[i] - '0';
        }

        return value;
    }
}
