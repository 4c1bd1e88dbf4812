using System.Collections.Generic;
using Iced.Intel;

namespace Minix.Build.Boot;

/// <summary>Assembles Iced code at a fixed address into bytes.</summary>
internal static class AssembledCode
{
    public static byte[] At(Assembler assembler, ulong address)
    {
        var writer = new ByteWriter();
        assembler.Assemble(writer, address);
        return writer.Bytes.ToArray();
    }

    private sealed class ByteWriter : CodeWriter
    {
        public List<byte> Bytes { get; } = new();

        public override void WriteByte(byte value) => Bytes.Add(value);
    }
}
