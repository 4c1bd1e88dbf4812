using System;
using System.Runtime.InteropServices;

namespace Minix.Build.Corpus;

/// <summary>
/// The realistic kernels the benchmark times (bench/): each takes a size and a seed, does the work a driver or
/// server does, and returns a checksum of what it computed or wrote. Sizes are masked to at most 1 Mi elements.
/// </summary>
public static class Kernels
{
    private const int SizeMask = 0xFFFFF;

    private static void FillPseudoRandom(Span<byte> data, int seed)
    {
        uint x = (uint)seed | 1;
        for (int i = 0; i < data.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            data[i] = (byte)x;
        }
    }

    /// <summary>The Internet checksum (RFC 1071) over a buffer.</summary>
    public static int InternetChecksum(int size, int seed)
    {
        var data = new byte[(size & SizeMask) | 1];
        FillPseudoRandom(data, seed);
        uint sum = 0;
        int i = 0;
        for (; i + 1 < data.Length; i += 2)
            sum += (uint)(data[i] << 8 | data[i + 1]);
        if (i < data.Length)
            sum += (uint)(data[i] << 8);
        while ((sum >> 16) != 0)
            sum = (sum & 0xFFFF) + (sum >> 16);
        return (int)(~sum & 0xFFFF);
    }

    /// <summary>CRC-32 (IEEE) with the table a static constructor builds.</summary>
    public static uint Crc32(int size, int seed)
    {
        var data = new byte[size & SizeMask];
        FillPseudoRandom(data, seed);
        uint[] table = CrcTable.Table;
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
            crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    /// <summary>Copies and fills buffers the way a block driver moves sectors.</summary>
    public static long CopyAndFill(int size, int seed)
    {
        int length = size & SizeMask;
        var source = new byte[length];
        var target = new byte[length];
        FillPseudoRandom(source, seed);
        long h = 0;
        for (int round = 0; round < 4; round++)
        {
            source.AsSpan().CopyTo(target);
            target.AsSpan(0, length / 2).Fill((byte)round);
            MemoryMarshal.Cast<byte, ulong>(target.AsSpan(0, length & ~7)).Slice(0, 0).Clear();
            h = h * 31 + (length > 0 ? target[length - 1] + target[length / 2] : 0);
        }

        return h;
    }

    /// <summary>Encodes and decodes fixed-layout request messages, as servers do on every IPC.</summary>
    public static long EncodeDecode(int count, int seed)
    {
        Span<byte> message = stackalloc byte[64];
        long h = 0;
        uint x = (uint)seed | 1;
        for (int i = 0; i < (count & SizeMask); i++)
        {
            x = x * 1664525 + 1013904223;
            MemoryMarshal.Write(message, in i);
            MemoryMarshal.Write(message.Slice(4), in x);
            ulong position = (ulong)i * 512;
            MemoryMarshal.Write(message.Slice(8), in position);
            message[16] = (byte)(x >> 24);
            int type = MemoryMarshal.Read<int>(message);
            uint grant = MemoryMarshal.Read<uint>(message.Slice(4));
            ulong back = MemoryMarshal.Read<ulong>(message.Slice(8));
            h = h * 1099511628211 ^ (type + grant + (long)back + message[16]);
        }

        return h;
    }

    /// <summary>Sorts records by key (insertion sort on small runs, merged), as a scheduler queue would.</summary>
    public static long SortRecords(int size, int seed)
    {
        int n = size & 0x3FFF;
        var keys = new int[n];
        uint x = (uint)seed | 1;
        for (int i = 0; i < n; i++)
        {
            x = x * 1103515245 + 12345;
            keys[i] = (int)(x >> 8);
        }

        ShellSort(keys);
        long h = 0;
        for (int i = 0; i < n; i += 1 + (n >> 6))
            h = h * 31 + keys[i];
        return h;
    }

    private static void ShellSort(int[] a)
    {
        for (int gap = a.Length / 2; gap > 0; gap /= 2)
        {
            for (int i = gap; i < a.Length; i++)
            {
                int v = a[i], j = i;
                while (j >= gap && a[j - gap] > v)
                {
                    a[j] = a[j - gap];
                    j -= gap;
                }

                a[j] = v;
            }
        }
    }

    /// <summary>Scans an allocation bitmap for free runs, as a memory manager does.</summary>
    public static long BitmapScan(int words, int seed)
    {
        var bitmap = new ulong[(words & 0x3FFFF) + 1];
        ulong x = (ulong)seed | 1;
        for (int i = 0; i < bitmap.Length; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            bitmap[i] = x & (x >> 3) & (x >> 5);
        }

        long freeBits = 0, runs = 0, firstFree = -1;
        for (int i = 0; i < bitmap.Length; i++)
        {
            ulong free = ~bitmap[i];
            if (free == 0)
                continue;
            if (firstFree < 0)
                firstFree = i * 64L + System.Numerics.BitOperations.TrailingZeroCount(free);
            freeBits += System.Numerics.BitOperations.PopCount(free);
            runs += System.Numerics.BitOperations.PopCount(free & ~(free << 1));
        }

        return freeBits * 1000003 + runs * 101 + firstFree;
    }

    /// <summary>Produces and consumes through a power-of-two ring buffer, as a tty or log driver does.</summary>
    public static long RingBuffer(int operations, int seed)
    {
        var ring = new int[256];
        int head = 0, tail = 0;
        long consumed = 0;
        uint x = (uint)seed | 1;
        for (int i = 0; i < (operations & SizeMask); i++)
        {
            x = x * 1664525 + 1013904223;
            if ((x & 0x300) != 0 && head - tail < ring.Length)
            {
                ring[head & 255] = (int)(x >> 12);
                head++;
            }
            else if (tail != head)
            {
                consumed = consumed * 31 + ring[tail & 255];
                tail++;
            }
        }

        return consumed ^ ((long)(head - tail) << 48);
    }

    /// <summary>A switch-heavy protocol state machine (a keyboard scancode decoder).</summary>
    public static long ScancodeDecoder(int count, int seed)
    {
        int state = 0, shift = 0, output = 0;
        long h = 0;
        uint x = (uint)seed | 1;
        for (int i = 0; i < (count & SizeMask); i++)
        {
            x = x * 22695477 + 1;
            int code = (int)(x >> 24);
            switch (state)
            {
                case 0:
                    switch (code)
                    {
                        case 0xE0: state = 1; break;
                        case 0xF0: state = 2; break;
                        case 0x12:
                        case 0x59: shift = 1; break;
                        case 0x5A: output = '\n'; break;
                        default: output = code < 0x80 ? code + (shift << 7) : 0; break;
                    }

                    break;
                case 1:
                    state = code == 0xF0 ? 3 : 0;
                    output = 0x100 + code;
                    break;
                case 2:
                    if (code == 0x12 || code == 0x59)
                        shift = 0;
                    state = 0;
                    break;
                default:
                    state = 0;
                    output = 0x200 + code;
                    break;
            }

            h = h * 33 + output;
        }

        return h;
    }

    /// <summary>Adler-32 over a buffer.</summary>
    public static uint Adler32(int size, int seed)
    {
        var data = new byte[size & SizeMask];
        FillPseudoRandom(data, seed);
        uint a = 1, b = 0;
        foreach (byte d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }

        return (b << 16) | a;
    }
}
