using System.Buffers.Binary;
using Minix.Build.Elf;

namespace Minix.Build.Unwinding;

/// <summary>
/// Reads the DWARF call-frame information ILC writes into <c>.eh_frame</c>: one CIE ("zLR", pc-relative pointers)
/// and an FDE per function and funclet, whose instructions describe the prolog only (ILC's code keeps the stack
/// pointer fixed in the body and describes no epilog). Each FDE becomes a <see cref="FrameDescription"/> with the
/// rule that holds after the prolog. An instruction outside the small set ILC uses is an error naming the function,
/// never a guess.
/// </summary>
public static class EhFrameReader
{
    private const byte EncodingOmit = 0xFF;

    /// <summary>The frame descriptions of <paramref name="obj"/> (empty if it has no <c>.eh_frame</c>).</summary>
    /// <param name="obj">An ILC object.</param>
    /// <returns>One description per FDE, in section order.</returns>
    /// <exception cref="ElfFormatException">The section is malformed or uses what the linker does not support.</exception>
    public static IReadOnlyList<FrameDescription> Read(ElfObject obj)
    {
        var section = obj.FindSection(".eh_frame");
        if (section is null)
            return Array.Empty<FrameDescription>();
        var relocations = section.Relocations.ToDictionary(r => r.Offset);
        var cies = new Dictionary<int, CommonInformation>();
        var frames = new List<FrameDescription>();
        byte[] data = section.Data;
        int offset = 0;
        while (offset + 4 <= data.Length)
        {
            uint length = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset));
            if (length == 0)
                break;
            if (length == 0xFFFFFFFF)
                throw Error(obj, offset, "64-bit DWARF lengths are not supported");
            int start = offset + 4;
            int end = start + (int)length;
            if (end > data.Length)
                throw Error(obj, offset, "an entry runs past the end of the section");
            uint id = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(start));
            if (id == 0)
                cies[offset] = ReadCommon(obj, data, start + 4, end, offset);
            else
                frames.Add(ReadFrame(obj, data, start, end, cies, relocations, offset));
            offset = end;
        }

        return frames;
    }

    private static CommonInformation ReadCommon(ElfObject obj, byte[] data, int at, int end, int entry)
    {
        var r = new CfiReader(data, at, end);
        byte version = r.Byte();
        if (version != 1 && version != 3)
            throw Error(obj, entry, $"CIE version {version} is not supported");
        string augmentation = r.CString();
        long codeAlignment = (long)r.Unsigned();
        long dataAlignment = r.Signed();
        if (version == 1)
            r.Byte();
        else
            r.Unsigned();
        byte lsdaEncoding = EncodingOmit;
        byte pointerEncoding = 0;
        if (augmentation.StartsWith('z'))
        {
            ulong augmentationLength = r.Unsigned();
            int augmentationEnd = r.Position + (int)augmentationLength;
            foreach (char c in augmentation[1..])
            {
                switch (c)
                {
                    case 'L':
                        lsdaEncoding = r.Byte();
                        break;
                    case 'R':
                        pointerEncoding = r.Byte();
                        break;
                    default:
                        throw Error(obj, entry, $"CIE augmentation '{augmentation}' is not supported");
                }
            }

            r.Position = augmentationEnd;
        }
        else if (augmentation.Length > 0)
        {
            throw Error(obj, entry, $"CIE augmentation '{augmentation}' is not supported");
        }

        if (codeAlignment != 1 || dataAlignment != -8)
            throw Error(obj, entry, $"CIE alignment factors {codeAlignment}/{dataAlignment} are not ILC's (1/-8)");
        return new CommonInformation(pointerEncoding, lsdaEncoding, data[r.Position..end]);
    }

    private static FrameDescription ReadFrame(ElfObject obj, byte[] data, int start, int end,
        Dictionary<int, CommonInformation> cies, Dictionary<ulong, ElfRelocation> relocations, int entry)
    {
        int cieOffset = start - (int)BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(start));
        if (!cies.TryGetValue(cieOffset, out var cie))
            throw Error(obj, entry, $"the FDE refers to a CIE at 0x{cieOffset:x} that was not read first");
        if ((cie.PointerEncoding & 0x0F) != 0x0B)
            throw Error(obj, entry, $"pointer encoding 0x{cie.PointerEncoding:x2} is not sdata4");
        int at = start + 4;
        var function = RelocationAt(obj, relocations, at, entry, "function start");
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(at + 4));
        var r = new CfiReader(data, at + 8, end);
        int lsdaSymbol = -1;
        long lsdaAddend = 0;
        ulong augmentationLength = r.Unsigned();
        int afterAugmentation = r.Position + (int)augmentationLength;
        if (cie.LsdaEncoding != EncodingOmit && augmentationLength >= 4)
        {
            if (relocations.TryGetValue((ulong)r.Position, out var lsda))
            {
                lsdaSymbol = lsda.SymbolIndex;
                lsdaAddend = lsda.Addend;
            }
            else if (BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(r.Position)) != 0)
            {
                throw Error(obj, entry, "the LSDA pointer has no relocation");
            }
        }

        r.Position = afterAugmentation;
        string name = FunctionName(obj, function);
        var state = new CfiState();
        Interpret(obj, new CfiReader(cie.Instructions, 0, cie.Instructions.Length), state, name);
        Interpret(obj, r, state, name);
        var saved = FrameRule.CalleeSaved.Select(register => state.Saved.GetValueOrDefault(register)).ToArray();
        var rule = new FrameRule(state.CfaRegister, state.CfaOffset, saved);
        return new FrameDescription(function.SymbolIndex, function.Addend, length, lsdaSymbol, lsdaAddend, state.Location, rule);
    }

    // The subset of DWARF CFA instructions ILC emits for x64 prologs.
    private static void Interpret(ElfObject obj, CfiReader r, CfiState state, string function)
    {
        while (r.Position < r.End)
        {
            byte op = r.Byte();
            switch (op >> 6)
            {
                case 1:
                    state.Location += (uint)(op & 0x3F);
                    continue;
                case 2:
                    state.Saved[op & 0x3F] = (int)((long)r.Unsigned() * -8);
                    continue;
                case 3:
                    throw Unsupported(obj, function, "DW_CFA_restore");
            }

            switch (op)
            {
                case 0x00:
                    break;
                case 0x02:
                    state.Location += r.Byte();
                    break;
                case 0x03:
                    state.Location += r.U16();
                    break;
                case 0x04:
                    state.Location += r.U32();
                    break;
                case 0x05:
                    {
                        int register = (int)r.Unsigned();
                        state.Saved[register] = (int)((long)r.Unsigned() * -8);
                        break;
                    }

                case 0x0C:
                    state.CfaRegister = (int)r.Unsigned();
                    state.CfaOffset = (int)r.Unsigned();
                    break;
                case 0x0D:
                    state.CfaRegister = (int)r.Unsigned();
                    break;
                case 0x0E:
                    state.CfaOffset = (int)r.Unsigned();
                    break;
                default:
                    throw Unsupported(obj, function, $"DW_CFA opcode 0x{op:x2}");
            }

            if (state.CfaRegister is not (FrameRule.Rsp or FrameRule.Rbp))
                throw Unsupported(obj, function, $"a CFA based on DWARF register {state.CfaRegister}");
        }
    }

    private static ElfRelocation RelocationAt(ElfObject obj, Dictionary<ulong, ElfRelocation> relocations, int at, int entry, string what)
    {
        if (!relocations.TryGetValue((ulong)at, out var relocation) || relocation.Kind != RelocationKind.PcRelative32)
            throw Error(obj, entry, $"the {what} of the FDE has no R_X86_64_PC32 relocation");
        return relocation;
    }

    private static string FunctionName(ElfObject obj, ElfRelocation function)
    {
        var symbol = obj.Symbols[function.SymbolIndex];
        if (symbol.Type != ElfSymbolType.Section)
            return symbol.Name;
        var section = obj.Sections[symbol.SectionIndex];
        return section is null ? symbol.Name : obj.SymbolAt(section, (ulong)function.Addend)?.Name ?? $"{section.Name}+0x{function.Addend:x}";
    }

    private static ElfFormatException Error(ElfObject obj, int entry, string message) =>
        new(obj.Name, $".eh_frame entry at 0x{entry:x}: {message}");

    private static ElfFormatException Unsupported(ElfObject obj, string function, string what) =>
        new(obj.Name, $".eh_frame of {function} uses {what}, which the image unwinder does not support");

    private sealed record CommonInformation(byte PointerEncoding, byte LsdaEncoding, byte[] Instructions);

    private sealed class CfiState
    {
        public int CfaRegister { get; set; } = FrameRule.Rsp;
        public int CfaOffset { get; set; } = 8;
        public uint Location { get; set; }
        public Dictionary<int, int> Saved { get; } = new();
    }

    private sealed class CfiReader(byte[] data, int position, int end)
    {
        public int Position { get; set; } = position;

        public int End => end;

        public byte Byte() => data[Position++];

        public ushort U16()
        {
            ushort value = BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(Position));
            Position += 2;
            return value;
        }

        public uint U32()
        {
            uint value = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(Position));
            Position += 4;
            return value;
        }

        public ulong Unsigned()
        {
            ulong value = 0;
            int shift = 0;
            byte b;
            do
            {
                b = data[Position++];
                value |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }

        public long Signed()
        {
            long value = 0;
            int shift = 0;
            byte b;
            do
            {
                b = data[Position++];
                value |= (long)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            if (shift < 64 && (b & 0x40) != 0)
                value |= -1L << shift;
            return value;
        }

        public string CString()
        {
            int start = Position;
            while (data[Position] != 0)
                Position++;
            return System.Text.Encoding.ASCII.GetString(data, start, Position++ - start);
        }
    }
}
