using System.Runtime.InteropServices;
using Minix.DriverKit;
using Minix.Ipc;

namespace Minix.Servers.Pm;

public sealed partial class ProcessManager
{
    // Minix.Build's SourceMapWriter layout: "MXSM", counts of methods, lines, types, string bytes and generic virtual
    // methods, then the base every offset is relative to; methods are (start, name) u32 pairs, lines (start, file,
    // line) u32 triples, both sorted; the strings come after the types (8 bytes each) and virtual methods (24 bytes).
    private const uint SourceMapMagic = 0x4D53584D;
    private const int SourceMapHeader = 32;
    private const uint SourceMapMaxRows = 1 << 24;

    /// <summary>
    /// Appends " in Method (File.cs:line)" for a fault at <paramref name="ip"/>, as the kernel names a driver's, from
    /// the source map the program carries (its ELF file said where exec loaded it); nothing if it has none or the
    /// address is outside it. The map is the program's own memory: every read goes through VIRCOPY and is bounded.
    /// </summary>
    private static void AppendSourceLine(ManagedProcess p, ulong ip, ref LogText line)
    {
        Span<byte> header = stackalloc byte[SourceMapHeader];
        if (p.SourceMap == 0 || CopyFrom(p, p.SourceMap, header) != Status.Ok || Read32(header) != SourceMapMagic)
            return;
        uint methods = Read32(header[4..]), lines = Read32(header[8..]), types = Read32(header[12..]), virtuals = Read32(header[20..]);
        ulong start = MemoryMarshal.Read<ulong>(header[24..]);
        if (ip < start || ip - start > uint.MaxValue || methods > SourceMapMaxRows || lines > SourceMapMaxRows || types > SourceMapMaxRows || virtuals > SourceMapMaxRows)
            return;
        uint offset = (uint)(ip - start);
        ulong methodRows = p.SourceMap + SourceMapHeader;
        ulong lineRows = methodRows + methods * 8UL;
        ulong strings = lineRows + lines * 12UL + types * 8UL + virtuals * 24UL;
        Span<byte> row = stackalloc byte[12];
        Span<byte> text = stackalloc byte[120];
        if (!LastRowAtOrBelow(p, methodRows, methods, row[..8], offset))
            return;
        ReadOnlySpan<byte> method = StringAt(p, strings + Read32(row[4..]), text);
        if (method.Length == 0)
            return;
        line.Append(" in "u8).Append(method);
        if (LastRowAtOrBelow(p, lineRows, lines, row, offset) && Read32(row[8..]) != 0)
        {
            uint number = Read32(row[8..]);
            line.Append(" ("u8).Append(StringAt(p, strings + Read32(row[4..]), text)).Append(":"u8).Append(number).Append(")"u8);
        }
    }

    /// <summary>Binary search of a sorted table for the last row starting at or below <paramref name="offset"/>, left in <paramref name="row"/>.</summary>
    private static bool LastRowAtOrBelow(ManagedProcess p, ulong table, uint count, Span<byte> row, uint offset)
    {
        long low = 0, high = (long)count - 1, best = -1;
        while (low <= high)
        {
            long middle = (low + high) / 2;
            if (CopyFrom(p, table + (ulong)middle * (ulong)row.Length, row) != Status.Ok)
                return false;
            if (Read32(row) <= offset)
                (best, low) = (middle, middle + 1);
            else
                high = middle - 1;
        }

        return best >= 0 && CopyFrom(p, table + (ulong)best * (ulong)row.Length, row) == Status.Ok;
    }

    /// <summary>A NUL-terminated string of the process, cut at the buffer's length (byte by byte: it may end at the end of its memory).</summary>
    private static ReadOnlySpan<byte> StringAt(ManagedProcess p, ulong address, Span<byte> into)
    {
        int n = 0;
        while (n < into.Length && CopyFrom(p, address + (ulong)n, into.Slice(n, 1)) == Status.Ok && into[n] != 0)
            n++;
        return into[..n];
    }

    private static uint Read32(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<uint>(bytes);
}
