using System.Buffers.Binary;

namespace Minix.Build.Unwinding;

/// <summary>
/// The unwind table the linker puts into an image whose runtime unwinds (catchable exceptions): every function's
/// address range, its LSDA and its post-prolog frame rule, sorted by address for a binary search. Minix.Runtime's
/// <c>Minix.Runtime.Exceptions.UnwindTable</c> reads the same layout; change both together.
/// </summary>
/// <remarks>
/// Little endian: a 16-byte header (magic "MXUW", entry count, the 64-bit base every offset is relative to), then
/// 24-byte entries: start offset (u32), length (u32), LSDA offset (u32, 0 for none), CFA offset's low half (u16), CFA
/// register (u8: 0 rsp, 1 rbp), prolog length (u8, at most 255), the save slots of rbx, rbp, r12, r13, r14 and r15 as
/// CFA offsets divided by 8 (s8 each, 0 when not saved), the CFA offset's high half (u16: a frame may pass 64 KiB).
/// </remarks>
public static class UnwindTableWriter
{
    /// <summary>"MXUW" read as a little-endian u32.</summary>
    public const uint Magic = 0x5755584D;

    /// <summary>Bytes before the first entry.</summary>
    public const int HeaderSize = 16;

    /// <summary>Bytes of one entry.</summary>
    public const int EntrySize = 24;

    /// <summary>The size of a table of <paramref name="count"/> entries.</summary>
    /// <param name="count">The entry count.</param>
    /// <returns>Bytes.</returns>
    public static int SizeOf(int count) => HeaderSize + count * EntrySize;

    /// <summary>One function as placed.</summary>
    /// <param name="Start">Its address.</param>
    /// <param name="Length">Its length.</param>
    /// <param name="Lsda">Its LSDA's address, or 0.</param>
    /// <param name="PrologLength">Its prolog's length.</param>
    /// <param name="Rule">Its frame rule.</param>
    /// <param name="Name">Its name, for errors.</param>
    public sealed record Entry(ulong Start, uint Length, ulong Lsda, uint PrologLength, FrameRule Rule, string Name);

    /// <summary>Writes the table.</summary>
    /// <param name="entries">The functions, in any order.</param>
    /// <param name="baseAddress">The image base (no entry or LSDA may lie below it, nor 4 GiB above it).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentException">An entry cannot be encoded (names the function).</exception>
    public static byte[] Write(IEnumerable<Entry> entries, ulong baseAddress)
    {
        var sorted = entries.OrderBy(e => e.Start).ToList();
        var bytes = new byte[SizeOf(sorted.Count)];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)sorted.Count);
        BinaryPrimitives.WriteUInt64LittleEndian(span[8..], baseAddress);
        for (int i = 0; i < sorted.Count; i++)
        {
            var e = sorted[i];
            if (i > 0 && sorted[i - 1].Start + sorted[i - 1].Length > e.Start)
                throw new ArgumentException($"unwind ranges of {sorted[i - 1].Name} and {e.Name} overlap");
            var entry = span.Slice(HeaderSize + i * EntrySize, EntrySize);
            BinaryPrimitives.WriteUInt32LittleEndian(entry, Offset(e.Start, baseAddress, e.Name));
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], e.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], e.Lsda == 0 ? 0 : Offset(e.Lsda, baseAddress, e.Name));
            if (e.Rule.CfaOffset < 0)
                throw new ArgumentException($"the frame of {e.Name} has a negative frame address offset ({e.Rule.CfaOffset})");
            BinaryPrimitives.WriteUInt16LittleEndian(entry[12..], (ushort)e.Rule.CfaOffset);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[22..], (ushort)(e.Rule.CfaOffset >> 16));
            entry[14] = e.Rule.CfaRegister == FrameRule.Rbp ? (byte)1 : (byte)0;
            entry[15] = (byte)Math.Min(e.PrologLength, 255u);
            for (int r = 0; r < 6; r++)
            {
                int slot = e.Rule.SavedRegisters[r] / 8;
                if (slot is < sbyte.MinValue or > sbyte.MaxValue)
                    throw new ArgumentException($"{e.Name} saves a register too far from its frame address to unwind");
                entry[16 + r] = (byte)(sbyte)slot;
            }
        }

        return bytes;
    }

    private static uint Offset(ulong address, ulong baseAddress, string name)
    {
        if (address < baseAddress || address - baseAddress > uint.MaxValue)
            throw new ArgumentException($"{name} at 0x{address:x} is not within 4 GiB above the image base 0x{baseAddress:x}");
        return (uint)(address - baseAddress);
    }
}
