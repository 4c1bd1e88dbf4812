using Iced.Intel;

namespace Minix.Build.FaultInjection;

/// <summary>Encodes and decodes single instructions with Iced, for the fault mutations and their listings.</summary>
public static class InstructionCode
{
    /// <summary>
    /// Encodes <paramref name="instruction"/> at its own IP into exactly <paramref name="length"/> bytes: shorter
    /// encodings are followed by one-byte no-ops; null if it cannot be encoded or needs more room.
    /// </summary>
    /// <param name="instruction">The instruction.</param>
    /// <param name="length">The room it has.</param>
    /// <returns>The bytes, or null.</returns>
    public static byte[]? Encode(Instruction instruction, int length)
    {
        var writer = new ByteWriter();
        var encoder = Encoder.Create(64, writer);
        if (!encoder.TryEncode(instruction, instruction.IP, out uint size, out _) || size > length)
            return null;
        while (writer.Bytes.Count < length)
            writer.Bytes.Add(0x90);
        return writer.Bytes.ToArray();
    }

    /// <summary>Decodes the first instruction of <paramref name="bytes"/> at <paramref name="address"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="address">Where they sit.</param>
    /// <returns>The instruction (its <see cref="Instruction.IsInvalid"/> is set if the bytes do not decode).</returns>
    public static Instruction Decode(byte[] bytes, ulong address)
    {
        var decoder = Decoder.Create(64, new ByteArrayCodeReader(bytes));
        decoder.IP = address;
        return decoder.Decode();
    }

    /// <summary>The instructions <paramref name="bytes"/> hold at <paramref name="address"/>, as Intel syntax, separated by "; ".</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="address">Where they sit.</param>
    /// <returns>The text.</returns>
    public static string Text(byte[] bytes, ulong address)
    {
        var decoder = Decoder.Create(64, new ByteArrayCodeReader(bytes));
        decoder.IP = address;
        var formatter = new IntelFormatter();
        var output = new StringOutput();
        var parts = new List<string>();
        while (decoder.IP < address + (ulong)bytes.Length)
        {
            Instruction instruction = decoder.Decode();
            if (instruction.IsInvalid)
            {
                parts.Add("(undecodable " + Convert.ToHexString(bytes, (int)(instruction.IP - address), bytes.Length - (int)(instruction.IP - address)).ToLowerInvariant() + ")");
                break;
            }

            formatter.Format(instruction, output);
            parts.Add(output.ToStringAndReset());
        }

        return string.Join("; ", parts);
    }

    private sealed class ByteWriter : CodeWriter
    {
        public List<byte> Bytes { get; } = new();

        public override void WriteByte(byte value) => Bytes.Add(value);
    }
}
