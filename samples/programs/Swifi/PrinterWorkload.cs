using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Samples.Swifi;

/// <summary>
/// The printer's workload: prints one line per fault, <c>swifi job N</c> and 32 letters that depend on N
/// (<see cref="Job"/>). The driver only says how many bytes it took; what reached the paper is checked on the host,
/// which reads the printer's output file after the boot and looks for each fault's line. A write a restart interrupted
/// fails with <see cref="Ipc.Status.Restart"/>; the rest of the line then goes to the new incarnation (the printer
/// takes a few bytes a request, so a restart can lose or repeat a byte: the host then finds the line not whole).
/// </summary>
public sealed class PrinterWorkload : Workload
{
    /// <summary>The job's length: "swifi job ", up to 7 digits, a space, 32 letters, a newline.</summary>
    public const int MaxLength = 64;

    private readonly GrantTable _grants = new(2);
    private readonly CharacterDeviceClient _printer;
    private readonly byte[] _job = PinnedMemory.Allocate(MaxLength);

    /// <summary>Prepares the client of minor 0 of <paramref name="label"/>.</summary>
    /// <param name="label">The driver's label.</param>
    public PrinterWorkload(ReadOnlySpan<byte> label)
    {
        _grants.Register();
        _printer = new CharacterDeviceClient(label, 0, DeviceAccess.Write, _grants);
    }

    /// <summary>Writes fault <paramref name="fault"/>'s line into <paramref name="line"/>: <c>swifi job N LETTERS\n</c>.</summary>
    /// <param name="fault">The fault number.</param>
    /// <param name="line">At least <see cref="MaxLength"/> bytes.</param>
    /// <returns>Its length.</returns>
    public static int Job(int fault, Span<byte> line)
    {
        var text = new LogText(line);
        text.Append("swifi job "u8).Append(fault).Append(" "u8);
        int length = text.Text.Length;
        for (int i = 0; i < 32; i++)
            line[length++] = (byte)('a' + (uint)(fault * 7 + i * 3) % 26);
        line[length++] = (byte)'\n';
        return length;
    }

    /// <inheritdoc/>
    public override WorkloadResult Run(int fault, out long detail)
    {
        int length = Job(fault, _job);
        int done = 0, restarts = 0, busy = 0;
        detail = 0;
        while (done < length)
        {
            long written = _printer.Write(_job.AsSpan(done, length - done));
            if (written > 0 && written <= length - done)
            {
                done += (int)written;
            }
            else if (DriverRestart.IsRestart(written) && ++restarts <= 3)
            {
                continue; // the printer takes a few bytes a request: the rest goes to the new incarnation
            }
            else if ((written == (long)Status.IoError || written == (long)Status.Busy) && ++busy <= 8)
            {
                continue; // right after a job the port may still show BUSY for a moment: ask again, as a spooler would
            }
            else
            {
                detail = written;
                return written < 0 ? WorkloadResult.Error : WorkloadResult.WrongData;
            }
        }

        return WorkloadResult.Ok;
    }
}
