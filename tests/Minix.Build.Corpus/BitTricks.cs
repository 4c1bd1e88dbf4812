using System.Numerics;

namespace Minix.Build.Corpus;

/// <summary>Bit manipulation as drivers and allocators use it.</summary>
public static class BitTricks
{
    public static int PopCount(uint v) => BitOperations.PopCount(v);

    public static int PopCount64(ulong v) => BitOperations.PopCount(v);

    public static int LeadingZeros(uint v) => BitOperations.LeadingZeroCount(v);

    public static int LeadingZeros64(ulong v) => BitOperations.LeadingZeroCount(v);

    public static int TrailingZeros(uint v) => BitOperations.TrailingZeroCount(v);

    public static int TrailingZeros64(ulong v) => BitOperations.TrailingZeroCount(v);

    public static int Log2(uint v) => BitOperations.Log2(v);

    public static uint RotateLeft(uint v, int n) => BitOperations.RotateLeft(v, n);

    public static ulong RotateRight64(ulong v, int n) => BitOperations.RotateRight(v, n);

    public static uint RoundUpPow2(uint v) => BitOperations.RoundUpToPowerOf2(v);

    public static bool IsPow2(uint v) => BitOperations.IsPow2(v);

    public static int PopCountManual(uint v)
    {
        int count = 0;
        while (v != 0)
        {
            v &= v - 1;
            count++;
        }

        return count;
    }

    public static uint ReverseBits(uint v)
    {
        v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
        v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
        v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
        v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
        return (v >> 16) | (v << 16);
    }

    public static uint ByteSwap(uint v) => (v >> 24) | ((v >> 8) & 0xFF00u) | ((v << 8) & 0xFF0000u) | (v << 24);

    public static ulong ByteSwap64(ulong v) => ((ulong)ByteSwap((uint)v) << 32) | ByteSwap((uint)(v >> 32));

    public static ushort ByteSwap16(ushort v) => (ushort)((v >> 8) | (v << 8));

    public static uint GrayEncode(uint v) => v ^ (v >> 1);

    public static uint GrayDecode(uint g)
    {
        uint v = g;
        for (int shift = 1; shift < 32; shift <<= 1)
            v ^= v >> shift;
        return v;
    }

    public static int Parity(uint v)
    {
        v ^= v >> 16;
        v ^= v >> 8;
        v ^= v >> 4;
        return (int)((0x6996u >> (int)(v & 0xF)) & 1);
    }

    public static int SignExtend12(int v) => (v << 20) >> 20;

    public static int AbsBranchless(int v)
    {
        int mask = v >> 31;
        return (v + mask) ^ mask;
    }

    public static int MinBranchless(int a, int b) => b ^ ((a ^ b) & -(a < b ? 1 : 0));

    public static int MaxBranchless(int a, int b) => a ^ ((a ^ b) & -(a < b ? 1 : 0));

    public static uint ExtractField(uint v, int start, int width)
    {
        start &= 31;
        width &= 31;
        return (v >> start) & ((1u << width) - 1);
    }

    public static uint InsertField(uint v, uint field, int start, int width)
    {
        start &= 31;
        width &= 31;
        uint mask = ((1u << width) - 1) << start;
        return (v & ~mask) | ((field << start) & mask);
    }

    public static uint LowestSetBit(uint v) => v & (uint)-(int)v;

    public static uint ClearLowestSetBit(uint v) => v & (v - 1);

    public static uint SetBitsBelowHighest(uint v)
    {
        v |= v >> 1;
        v |= v >> 2;
        v |= v >> 4;
        v |= v >> 8;
        v |= v >> 16;
        return v;
    }

    public static ulong Interleave(uint x, uint y)
    {
        ulong result = 0;
        for (int i = 0; i < 32; i++)
            result |= ((ulong)((x >> i) & 1) << (2 * i)) | ((ulong)((y >> i) & 1) << (2 * i + 1));
        return result;
    }

    public static int CountRuns(uint v)
    {
        int runs = 0;
        uint previous = 0;
        for (int i = 0; i < 32; i++)
        {
            uint bit = (v >> i) & 1;
            if (bit == 1 && previous == 0)
                runs++;
            previous = bit;
        }

        return runs;
    }

    public static bool HasZeroByte(uint v) => ((v - 0x01010101u) & ~v & 0x80808080u) != 0;

    public static uint AlignUp(uint v, int log2)
    {
        uint alignment = 1u << (log2 & 15);
        return (v + alignment - 1) & ~(alignment - 1);
    }

    public static uint AlignDown(uint v, int log2) => v & ~((1u << (log2 & 15)) - 1);

    public static int BitScanForward(ulong v)
    {
        if (v == 0)
            return -1;
        int index = 0;
        while ((v & 1) == 0)
        {
            v >>= 1;
            index++;
        }

        return index;
    }

    public static uint Mix32(uint x)
    {
        x ^= x >> 16;
        x *= 0x7feb352dU;
        x ^= x >> 15;
        x *= 0x846ca68bU;
        x ^= x >> 16;
        return x;
    }

    public static ulong SplitMix64(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public static uint XorShift32(uint x)
    {
        if (x == 0)
            x = 1;
        for (int i = 0; i < 10; i++)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
        }

        return x;
    }
}
