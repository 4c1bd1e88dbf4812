using Minix.Build.Elf;

namespace Minix.Build.Linking;

// One thing the linker places: an object section, a code blob or a data blob, with its bytes and final address.
internal sealed class LinkPiece
{
    public required string Origin { get; init; }
    public required LinkArea Area { get; init; }
    public required ulong Alignment { get; init; }
    public ulong Size { get; set; }
    public ulong Address { get; set; }
    public ElfObject? Object { get; init; }
    public ElfSection? Section { get; init; }
    public CodeBlob? Code { get; init; }
    public DataBlob? Data { get; init; }
    public byte[] Bytes { get; set; } = Array.Empty<byte>();
}
