using Minix.DriverKit;

namespace Minix.Samples.Swifi;

/// <summary>
/// The block-device workload (RAM disk, IDE disk): writes four 1 KiB blocks whose bytes depend on the fault number
/// and the position, reads each back and compares. The client repeats a request a driver restart interrupted; a
/// block whose write and read straddle a restart is written again, since a RAM disk without a boot module starts
/// empty (losing it is the driver's documented behaviour, not wrong data).
/// </summary>
public sealed class BlockWorkload : Workload
{
    private const int Block = 1024;
    private const int Blocks = 4;
    private const int Positions = 48;

    private readonly GrantTable _grants = new(4);
    private readonly BlockDeviceClient _disk;
    private readonly byte[] _buffer = PinnedMemory.Allocate(Block);

    /// <summary>Prepares the client of minor 0 of <paramref name="label"/>.</summary>
    /// <param name="label">The driver's label.</param>
    public BlockWorkload(ReadOnlySpan<byte> label)
    {
        _grants.Register();
        _disk = new BlockDeviceClient(label, 0, DeviceAccess.Read | DeviceAccess.Write, _grants);
    }

    /// <inheritdoc/>
    public override WorkloadResult Run(int fault, out long detail)
    {
        detail = 0;
        for (int b = 0; b < Blocks; b++)
        {
            long position = (long)((uint)(fault * Blocks + b) % Positions) * Block;
            for (int attempt = 0; ; attempt++)
            {
                int repeats = _disk.Repeats;
                Fill(_buffer, fault, position);
                long written = _disk.Write(position, _buffer);
                if (written != Block)
                {
                    detail = written;
                    return WorkloadResult.Error;
                }

                _buffer.AsSpan().Clear();
                long read = _disk.Read(position, _buffer);
                if (read != Block)
                {
                    detail = read;
                    return WorkloadResult.Error;
                }

                if (_disk.Repeats == repeats || attempt == 2)
                    break;
            }

            for (int i = 0; i < Block; i++)
            {
                if (_buffer[i] != Pattern(fault, position + i))
                {
                    detail = position + i;
                    return WorkloadResult.WrongData;
                }
            }
        }

        return WorkloadResult.Ok;
    }

    private static void Fill(byte[] buffer, int fault, long position)
    {
        for (int i = 0; i < buffer.Length; i++)
            buffer[i] = Pattern(fault, position + i);
    }

    private static byte Pattern(int fault, long at) => (byte)(at * 7 + (at >> 8) + fault * 13 + 1);
}
